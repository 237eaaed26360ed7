import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Extractor } from '../../extract/extractor.js';
import type { IngestResult } from '../../ingest/ingest-types.js';
import { ingestInputs } from '../ingest-run.js';
import { openStore } from '../open-store.js';
import { listArticles, listErrors } from '../queries/index.js';
import { fetchUrl } from './fetch-url.js';
import { parseFeed } from './parse-feed.js';
import { readInputs, urlId } from './read-inputs.js';

const BODY = 'CAIRO, Egypt — Egypt and Sudan agreed on Wednesday to reopen the main border crossing between the two countries, officials said, after weeks of talks about refugees and trade.';
const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2024-06-05T10:00:00Z"></head><body><article><h1>${title}</h1><p>${body}</p><p>${body.replace('Wednesday', 'Thursday')}</p></article></body></html>`;

let server: Server;
let base = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const url = req.url ?? '/';
    const send = (type: string, body: string | Buffer, status = 200) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (url === '/article.html') return send('text/html; charset=utf-8', page('Border to reopen', BODY));
    if (url === '/article2.html') return send('text/html', page('Second story', BODY.replace('Egypt and Sudan', 'Libya and Chad')));
    if (url.startsWith('/redirect/')) {
      const n = Number(url.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/article.html' });
      return res.end();
    }
    if (url === '/to-ftp') {
      res.writeHead(301, { location: 'ftp://127.0.0.1/x' });
      return res.end();
    }
    if (url === '/image.png') return send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 200; i++) res.write('x'.repeat(1024));
      return res.end();
    }
    if (url === '/slow') return; // never answers
    if (url === '/missing') return send('text/plain', 'no', 404);
    if (url === '/feed.xml') {
      return send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title>
        <item><title>Full item</title><link>${base}/full</link><guid>full-1</guid><pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate>
          <content:encoded><![CDATA[<p>${BODY}</p><p>${BODY.replace('Egypt and Sudan', 'Kenya and Uganda')}</p>]]></content:encoded></item>
        <item><title>Linked item</title><link>${base}/article2.html</link><description>Short teaser.</description></item>
        <item><title>Broken link</title><link>${base}/missing</link></item>
      </channel></rss>`);
    }
    return send('text/plain', 'not found', 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const collect = async (inputs: string[], extra = {}) => {
  const out: IngestResult[] = [];
  for await (const r of readInputs(inputs, { maxBytes: 100_000, fetch: { timeoutMs: 10_000 }, ...extra })) out.push(r);
  return out;
};

describe('fetching URLs', () => {
  it('reads an article page, following a bounded number of redirects', async () => {
    const got = await fetchUrl(`${base}/redirect/2`, { maxRedirects: 3 });
    expect(got.url).toBe(`${base}/article.html`);
    await expect(fetchUrl(`${base}/redirect/5`, { maxRedirects: 3 })).rejects.toThrow(/more than 3 redirects/);
  });

  it('refuses other schemes, wrong content types, oversized bodies, errors and slow servers', async () => {
    await expect(fetchUrl('file:///etc/passwd')).rejects.toThrow(/only http and https/);
    await expect(fetchUrl(`${base}/to-ftp`)).rejects.toThrow(/only http and https/);
    await expect(fetchUrl(`${base}/image.png`)).rejects.toThrow(/content type "image\/png"/);
    await expect(fetchUrl(`${base}/big`, { maxBytes: 50_000 })).rejects.toThrow(/over the limit of 50000 bytes/);
    await expect(fetchUrl(`${base}/missing`)).rejects.toThrow(/HTTP 404/);
    await expect(fetchUrl(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms/);
  });

  it('turns a page URL into an article with a stable id from its URL', async () => {
    const [r] = await collect([`${base}/article.html`]);
    expect(r!.ok).toBe(true);
    if (!r!.ok) return;
    expect(r!.value.article.id).toBe(urlId(`${base}/article.html`));
    expect(r!.value.article.title).toBe('Border to reopen');
    expect(r!.value.article.published).toBe('2024-06-05');
    expect(r!.value.text).toContain('Egypt and Sudan agreed');
  });
});

describe('feeds', () => {
  it('reads items with full content from the feed and fetches the others from their links; a bad item does not stop the rest', async () => {
    const results = await collect([`${base}/feed.xml`]);
    expect(results).toHaveLength(3);
    const [full, linked, broken] = results;
    expect(full!.ok && full!.value.article).toMatchObject({ title: 'Full item', published: '2024-06-04', source: 'Test Wire', url: `${base}/full` });
    expect(linked!.ok && linked!.value.text).toContain('Libya and Chad');
    expect(broken!.ok).toBe(false);
    if (!broken!.ok) expect(broken!.error.code).toBe('FETCH_FAILED');
  });

  it('skips items already stored before fetching them', async () => {
    const before = hits;
    const results = await collect([`${base}/feed.xml`], { skipId: (id: string) => id !== urlId(`${base}/full`) });
    expect(results).toHaveLength(1);
    expect(hits - before).toBe(1); // only the feed itself
  });

  it('parses Atom and RSS files, and rejects what is neither', () => {
    const atom = parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><id>urn:1</id><title>One</title><link rel="alternate" href="https://x.example/1"/><updated>2024-01-02T00:00:00Z</updated><summary>S</summary></entry></feed>`, 'a.atom');
    expect(atom.items).toEqual([{ id: 'urn:1', title: 'One', link: 'https://x.example/1', published: '2024-01-02T00:00:00Z', author: null, content: 'S' }]);
    expect(() => parseFeed('<html><body>no</body></html>', 'x.xml')).toThrow(/neither an RSS/);
  });

  it('ingests a feed file and a feed URL into the store; the failures are recorded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-feed-'));
    const file = join(dir, 'local.rss');
    writeFileSync(file, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><item><title>Local story</title><guid>loc-1</guid><description>${BODY.repeat(2)}</description></item></channel></rss>`);
    const db = openStore(join(dir, 'feed.db'));
    const report = await ingestInputs(db, new Extractor(), [file, `${base}/feed.xml`], { maxBytes: 100_000, fetch: { timeoutMs: 10_000 } });
    expect(report).toMatchObject({ total: 4, stored: 3, failed: 1 });
    expect(listArticles(db).map((a) => a.title).sort()).toEqual(['Full item', 'Linked item', 'Local story']);
    expect(listErrors(db)[0]).toMatchObject({ code: 'FETCH_FAILED' });
    db.close();
  });
});
