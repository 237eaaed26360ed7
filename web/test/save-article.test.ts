import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStore } from '../../src/store/open-store.js';
import { StoreModel } from '../../src/server/store-model.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { testExtractor } from '../../src/server/test-app.js';
import { HAVE_CHROMIUM, openBrowser, shoot, type Browser } from './browser.js';

const ARTICLE = 'Dam talks resume\n\nCAIRO — Egypt and Ethiopia resumed talks on the Nile dam on Monday, officials said. Egypt criticized Ethiopia for delays.';
const TOKEN = 'test-token-1234';

describe.skipIf(!HAVE_CHROMIUM)('web UI: saving a pasted article', () => {
  let withToken: RunningServer;
  let open: RunningServer;
  let noStore: RunningServer;
  let b: Browser;
  let page: Page;

  /** Opens the paste view and waits until it has asked the server whether it can save. */
  const paste = async (server: RunningServer) => {
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/health')), page.goto(`${server.url}#/paste`)]);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.fill('[data-testid="paste-text"]', ARTICLE);
  };
  const saveStatus = () => page.locator('[data-testid="save-status"]');

  beforeAll(async () => {
    const extractor = testExtractor();
    const store = () => new StoreModel(openStore(':memory:'), () => extractor);
    withToken = await startServer({ host: '127.0.0.1', port: 0, token: TOKEN, extractor: () => extractor, model: store(), log: () => {} });
    open = await startServer({ host: '127.0.0.1', port: 0, token: null, extractor: () => extractor, model: store(), log: () => {} });
    noStore = await startServer({ host: '127.0.0.1', port: 0, token: null, extractor: () => extractor, model: null, log: () => {} });
    b = await openBrowser('http://127.0.0.1:'); // the three local servers
    page = b.page;
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await b?.close();
    await Promise.all([withToken, open, noStore].map((s) => s?.close()));
  });

  it('asks for the token the server needs, says when it is missing or wrong, then saves and links to the stored article', async () => {
    await paste(withToken);
    const token = page.locator('[data-testid="save-token"]');
    await token.waitFor();
    await page.click('[data-testid="paste-save"]');
    await expect.poll(() => saveStatus().textContent()).toMatch(/needs its token/);
    await token.fill('not-the-token');
    await page.click('[data-testid="paste-save"]');
    await expect.poll(() => saveStatus().textContent()).toMatch(/refused this token/);
    await token.fill(TOKEN);
    await page.click('[data-testid="paste-save"]');
    await expect.poll(() => saveStatus().textContent()).toMatch(/^Saved “Dam talks resume”/);
    expect(await page.textContent('[data-testid="paste-out"] [data-testid="doc-title"]')).toBe('Dam talks resume');
    await shoot(page, '9-paste-saved');
    await page.click('[data-testid="paste-save"]');
    await expect.poll(() => saveStatus().textContent()).toMatch(/^Updated the stored copy of “Dam talks resume”/);
    await page.click('[data-testid="saved-link"]');
    await page.waitForSelector('main[data-view="reader"] [data-testid="doc-title"]');
    expect(await page.textContent('[data-testid="doc-title"]')).toBe('Dam talks resume');
    await page.goto(`${withToken.url}#/articles`);
    await page.waitForSelector('main[aria-busy="false"]');
    expect(await page.locator('[data-testid="article-list"] li').allTextContents()).toEqual([expect.stringContaining('Dam talks resume')]);
  });

  it('saves without a token field on a localhost server without a token', async () => {
    await paste(open);
    await page.locator('[data-testid="paste-save"]').waitFor();
    expect(await page.locator('[data-testid="save-token"]').count()).toBe(0);
    await page.click('[data-testid="paste-save"]');
    await expect.poll(() => saveStatus().textContent()).toMatch(/^Saved “Dam talks resume” \(\d+ events\)/);
  });

  it('offers no saving when the server has no store, and annotating still works', async () => {
    await paste(noStore);
    await page.waitForTimeout(100); // the health answer has been handled
    expect(await page.locator('[data-testid="paste-save"]').count()).toBe(0);
    await page.click('[data-testid="paste-submit"]');
    await page.waitForSelector('[data-testid="paste-out"] [data-testid="doc-title"]');
  });

  it('never reaches beyond the local servers', () => {
    expect(b.outside).toEqual([]);
  });
});
