import { describe, expect, it } from 'vitest';
import { documentSchema } from '../document/schema.js';
import { checkSpans } from '../document/span-check.js';
import { ReadoutError } from '../errors/readout-error.js';
import { testApp } from './test-app.js';

const ARTICLE = 'Talks resume\n\nGENEVA — Envoys from both sides met on Tuesday. They agreed to meet again next week.';
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('POST /extract', () => {
  it('annotates plain text into a valid document with exact spans', async () => {
    const { app } = testApp();
    const res = await app.request('/extract', json({ text: ARTICLE, date: '2025-06-03' }));
    expect(res.status).toBe(200);
    const doc = documentSchema.parse(await res.json());
    expect(doc.article.title).toBe('Talks resume');
    expect(doc.article.published).toBe('2025-06-03');
    expect(doc.sentences.length).toBe(2);
    expect(checkSpans(doc)).toEqual([]);
  });

  it('annotates HTML and raw text/plain and text/html bodies', async () => {
    const { app } = testApp();
    const html = `<html><head><title>Page</title></head><body><article><h1>Talks resume</h1><p>${ARTICLE.split('\n\n')[1]} More talks are planned for the coming month in the city.</p></article></body></html>`;
    const a = documentSchema.parse(await (await app.request('/extract', json({ html }))).json());
    expect(a.article.format).toBe('html');
    expect(a.text).toContain('Envoys from both sides');
    const b = documentSchema.parse(await (await app.request('/extract?date=2025-06-03', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: ARTICLE })).json());
    expect(b.article.published).toBe('2025-06-03');
    const c = await app.request('/extract', { method: 'POST', headers: { 'content-type': 'text/html' }, body: html });
    expect(c.status).toBe(200);
  });

  it('says what is wrong with a bad request', async () => {
    const { app } = testApp();
    const cases: [unknown, RegExp][] = [
      [{}, /exactly one of text, html or url/],
      [{ text: 'a', html: '<p>b</p>' }, /exactly one/],
      [{ text: '' }, /text/],
      [{ text: 'x', date: '2025-13-01' }, /date/],
      [{ url: 'ftp://example.org/a' }, /url/],
      [{ text: 'x', colour: 'red' }, /colour/],
      [{ text: 42 }, /text/],
    ];
    for (const [body, why] of cases) {
      const res = await app.request('/extract', json(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as any).error.message, JSON.stringify(body)).toMatch(why);
    }
    expect((await app.request('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' })).status).toBe(400);
    expect((await app.request('/extract', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' })).status).toBe(400);
    expect((await app.request('/extract?date=nope', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ARTICLE })).status).toBe(400);
  });

  it('answers 422 for an article it cannot read', async () => {
    const { app } = testApp();
    const res = await app.request('/extract', json({ html: '<html><body><nav>menu</nav></body></html>' }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).error.code).toBe('HTML_NO_BODY');
  });

  it('fetches a URL only when given one, and reports fetch failures as 502', async () => {
    const asked: string[] = [];
    const { app } = testApp({ fetcher: async (url) => { asked.push(url); return { url, body: ARTICLE, format: 'text' }; } });
    await app.request('/extract', json({ text: ARTICLE }));
    expect(asked).toEqual([]);
    const doc = documentSchema.parse(await (await app.request('/extract', json({ url: 'https://news.example/story' }))).json());
    expect(asked).toEqual(['https://news.example/story']);
    expect(doc.article.url).toBe('https://news.example/story');
    const failing = testApp({ fetcher: async (url) => { throw new ReadoutError('FETCH_FAILED', 'HTTP 404', { input: url }); } }).app;
    const res = await failing.request('/extract', json({ url: 'https://news.example/x' }));
    expect(res.status).toBe(502);
    expect(((await res.json()) as any).error).toMatchObject({ code: 'FETCH_FAILED', subject: { input: 'https://news.example/x' } });
  });

  it('stores the document when asked, behind the token rule', async () => {
    const { app } = testApp({ host: '0.0.0.0', token: 'secret-token-123' });
    expect((await app.request('/extract', json({ text: ARTICLE, store: true }))).status).toBe(401);
    expect((await app.request('/extract', json({ url: 'https://news.example/x' }))).status).toBe(401);
    expect((await app.request('/extract', json({ text: ARTICLE }))).status).toBe(200);
    const res = await app.request('/extract', json({ text: ARTICLE, store: true, id: 'geneva' }, { Authorization: 'Bearer secret-token-123' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('x-readout-stored')).toBe('created');
    expect((await app.request('/articles/geneva')).status).toBe(200);
    const none = testApp({ withStore: false }).app;
    expect((await none.request('/extract', json({ text: ARTICLE, store: true }))).status).toBe(400);
  });
});
