import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { sampleModel, testExtractor } from '../../src/server/test-app.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HAVE_CHROMIUM, openBrowser, SCREENSHOTS, shoot, SKIP_REASON, type Browser } from './browser.js';

if (!HAVE_CHROMIUM) console.warn(`readout: ${SKIP_REASON}`);

describe.skipIf(!HAVE_CHROMIUM)('web UI in headless Chromium', () => {
  let server: RunningServer;
  let b: Browser;
  let visit = 0;
  /** A fresh page load each time (a unique query), so that no test waits on another's hash navigation. */
  const go = async (hash: string) => {
    await b.page.goto(`${server.url}?visit=${++visit}#${hash}`);
    await b.page.waitForSelector('main[aria-busy="false"]');
  };

  beforeAll(async () => {
    const extractor = testExtractor();
    server = await startServer({ host: '127.0.0.1', port: 0, token: null, extractor: () => extractor, model: sampleModel('sqlite'), log: () => {} });
    expect(server.web, 'the UI is built into dist/web by npm run build').toBe(true);
    b = await openBrowser(server.url.replace(/\/$/, ''));
    b.page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    // Attach the screenshots to the test output: their paths, one a line.
    const shots = existsSync(SCREENSHOTS) ? readdirSync(SCREENSHOTS).filter((f) => f.endsWith('.png')).sort() : [];
    console.log(`readout: screenshots of each view:\n${shots.map((f) => `  ${join(SCREENSHOTS, f)}`).join('\n')}`);
  });

  it('lists the stored articles and opens one in the reader', async () => {
    await go('/articles');
    expect(await b.page.locator('[data-testid="article-list"] li').count()).toBe(4);
    await shoot(b.page, '1-articles');
    await b.page.getByRole('link', { name: 'Missiles hit Kyiv' }).click();
    await b.page.waitForSelector('[data-testid="doc-title"]');
    expect(await b.page.textContent('[data-testid="doc-title"]')).toBe('Missiles hit Kyiv');
  });

  it('highlights layers, toggles them and explains a clicked event', async () => {
    await go('/reader/strike-kyiv');
    const text = b.page.locator('[data-testid="article-text"]');
    expect(await text.locator('.ann-entities').count()).toBeGreaterThanOrEqual(4);
    expect(await text.locator('.ann-times').count()).toBe(1);
    const list = b.page.locator('[data-testid="article-events"] li');
    expect(await list.count()).toBe(2);
    await list.nth(1).click();
    expect(await b.page.textContent('[data-testid="event-detail"]')).toContain('112 Accuse');
    expect(await text.locator('.selected').allTextContents()).toEqual(['Ukraine', ' accused ', 'Russia']);
    await text.locator('[data-events~="v1"]').first().click();
    const card = b.page.locator('[data-testid="event-detail"]');
    await expect.poll(() => card.textContent()).toContain('Employ aerial weapons');
    const detail = (await card.textContent())!;
    for (const want of ['195', 'Russian forces [RUSMIL]', 'Ukraine [UKR]', '2025-03-14', 'Kyiv', '0.80', 'synthetic', 'fired missiles at Kyiv', 'Material conflict']) expect(detail).toContain(want);
    await shoot(b.page, '2-reader');
    await b.page.locator('input[data-layer="entities"]').uncheck();
    expect(await text.getAttribute('class')).toContain('hide-entities');
    const bg = await text.locator('.ann-entities').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgba(0, 0, 0, 0)');
  });

  it('filters and sorts the events table and links a row to the reader', async () => {
    await go('/events');
    const rows = b.page.locator('[data-testid="events-table"] tbody tr');
    expect(await rows.count()).toBe(7);
    await shoot(b.page, '3-events');
    await b.page.selectOption('select[name="quad"]', '4');
    await b.page.click('[data-testid="event-filters"] button[type="submit"]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('195 Employ aerial weapons');
    await go('/events?actor=Ukraine');
    await b.page.click('a[data-sort="goldstein"]');
    await expect.poll(() => b.page.url()).toMatch(/sort=goldstein/);
    await b.page.waitForSelector('main[aria-busy="false"]');
    const scores = await b.page.locator('td.col-goldstein').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((x, y) => y - x));
    await rows.first().click();
    await b.page.waitForSelector('[data-testid="event-detail"]');
    expect(await b.page.textContent('[data-testid="event-detail"]')).toContain('Praise or endorse');
  });

  it('draws the timeline by quad class and a Goldstein line for a chosen dyad', async () => {
    await go('/timeline?by=day');
    expect(await b.page.locator('[data-testid="timeline-chart"] rect.bar').count()).toBeGreaterThanOrEqual(4);
    await b.page.selectOption('[data-testid="timeline-dyad"]', 'Russian forces|Ukraine');
    await b.page.waitForSelector('[data-testid="goldstein-line"]', { state: 'attached' });
    expect(await b.page.locator('.goldstein-dot').count()).toBe(1);
    await shoot(b.page, '4-timeline');
  });

  it('shows the actor network and clicks through to the events', async () => {
    await go('/network');
    await b.page.waitForSelector('[data-testid="network"][data-ready="true"]');
    const counts = await b.page.evaluate(() => {
      const cy = (window as unknown as { __cy: { nodes(): unknown[]; edges(): unknown[] } }).__cy;
      return [cy.nodes().length, cy.edges().length];
    });
    expect(counts[0]).toBeGreaterThanOrEqual(6);
    expect(counts[1]).toBe(7);
    await b.page.waitForTimeout(300);
    await shoot(b.page, '5-network');
    await b.page.evaluate(() => {
      (window as unknown as { __cy: { $(s: string): { emit(e: string): void } } }).__cy.$('node[name = "Ukraine"]').emit('tap');
    });
    await expect.poll(() => b.page.url()).toMatch(/#\/events\?actor=Ukraine/);
  });

  it('places events on the offline map', async () => {
    await go('/map');
    expect(await b.page.locator('path.country').count()).toBeGreaterThan(150);
    const places = await b.page.locator('circle.event-dot').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')).sort());
    expect(places).toEqual(['Ankara', 'Baghdad', 'Kyiv']);
    await shoot(b.page, '6-map');
    await b.page.locator('circle[data-place="Kyiv"]').click();
    await expect.poll(() => b.page.url()).toMatch(/place=Kyiv/);
    await b.page.waitForSelector('main[aria-busy="false"]');
    expect(await b.page.locator('[data-testid="events-table"] tbody tr').count()).toBe(2);
  });

  it('annotates a pasted article at once', async () => {
    await go('/paste');
    await b.page.fill('[data-testid="paste-text"]', 'Border talks\n\nGENEVA — Envoys met on Tuesday. They agreed to meet again. A third sentence ends here.');
    await b.page.click('[data-testid="paste-submit"]');
    await b.page.waitForSelector('[data-testid="paste-out"] [data-testid="doc-title"]');
    expect(await b.page.textContent('[data-testid="paste-out"] [data-testid="doc-title"]')).toBe('Border talks');
    expect(await b.page.textContent('[role="status"]')).toMatch(/3 sentences/);
    expect(await b.page.textContent('[data-testid="article-text"]')).toContain('Envoys met on Tuesday.');
    await shoot(b.page, '7-paste');
  });

  it('renders a hostile article as text: no script runs, no markup appears', async () => {
    await go('/reader/hostile');
    const box = b.page.locator('[data-testid="article-text"]');
    expect(await b.page.textContent('[data-testid="doc-title"]')).toBe('Hostile <script>window.__pwned = 1</script> test');
    expect(await box.textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await box.locator('script, img, b, a, i').count()).toBe(0);
    await box.locator('[data-events~="v1"]').first().click();
    const detail = (await b.page.textContent('[data-testid="event-detail"]'))!;
    expect(detail).toContain('<i>Criticize</i> or denounce');
    await box.locator('.kind-org').first().click();
    expect(await b.page.locator('[data-testid="detail"] img, [data-testid="detail"] b').count()).toBe(0);
    await shoot(b.page, '8-hostile');
    await go('/paste');
    const { HOSTILE_TEXT } = await import('../../src/test-support/sample-annotated.js');
    await b.page.fill('[data-testid="paste-text"]', HOSTILE_TEXT);
    await b.page.click('[data-testid="paste-submit"]');
    await b.page.waitForSelector('[data-testid="paste-out"] [data-testid="article-text"]');
    expect(await b.page.locator('[data-testid="paste-out"] [data-testid="article-text"]').textContent()).toContain('onerror=');
    expect(await b.page.locator('main script, main img').count()).toBe(0);
    await b.page.waitForTimeout(200);
    expect(await b.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('never reaches beyond the server', () => {
    expect(b.outside).toEqual([]);
  });
});

describe.skipIf(HAVE_CHROMIUM)('web UI without Chromium', () => {
  it('says plainly that the browser tests did not run, and why', () => {
    expect(SKIP_REASON).toMatch(/did not run: \/usr\/bin\/chromium is absent/);
  });
});
