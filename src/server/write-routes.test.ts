import { describe, expect, it } from 'vitest';
import { accessRuleFor, isLoopbackHost } from './access.js';
import { MODEL_KINDS, testApp } from './test-app.js';

const TOKEN = 'secret-token-123';
const auth = { Authorization: `Bearer ${TOKEN}` };

describe('the access rule', () => {
  it('knows loopback hosts', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'example.org']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('refuses to start beyond localhost without a token', () => {
    expect(() => accessRuleFor('0.0.0.0', null)).toThrow(/needs a token/);
    expect(() => accessRuleFor('0.0.0.0', '  ')).toThrow(/needs a token/);
    expect(() => accessRuleFor('0.0.0.0', 'short')).toThrow(/at least 8/);
    expect(accessRuleFor('0.0.0.0', TOKEN).token).toBe(TOKEN);
    expect(accessRuleFor('127.0.0.1', undefined).token).toBeNull();
  });
});

describe.each(MODEL_KINDS)('writing endpoints over the %s model', (kind) => {
  it('need the token when the server has one: missing, wrong, right', async () => {
    const { app } = testApp({ host: '0.0.0.0', token: TOKEN, kind });
    const missing = await app.request('/articles/strike-kyiv', { method: 'DELETE' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect(((await missing.json()) as any).error.code).toBe('AUTH_REQUIRED');
    expect((await app.request('/articles/strike-kyiv', { method: 'DELETE', headers: { Authorization: 'Bearer wrong-token-xyz' } })).status).toBe(401);
    expect((await app.request('/reprocess', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await app.request('/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await app.request('/articles/strike-kyiv')).status).toBe(200);
    const ok = await app.request('/articles/strike-kyiv', { method: 'DELETE', headers: auth });
    expect(ok.status).toBe(200);
    expect((await app.request('/articles/strike-kyiv')).status).toBe(404);
    expect((await app.request('/articles/strike-kyiv', { method: 'DELETE', headers: auth })).status).toBe(404);
  });

  it('keep reads open when the server has a token', async () => {
    const { app } = testApp({ host: '0.0.0.0', token: TOKEN, kind });
    expect((await app.request('/events')).status).toBe(200);
  });

  it('on loopback without a token, refuse cross-origin browser writes and accept same-origin ones', async () => {
    const { app } = testApp({ kind });
    const evil = await app.request('http://localhost/articles/talks-ankara', { method: 'DELETE', headers: { Origin: 'http://evil.example' } });
    expect(evil.status).toBe(401);
    const same = await app.request('http://localhost/articles/talks-ankara', { method: 'DELETE', headers: { Origin: 'http://localhost' } });
    expect(same.status).toBe(200);
  });

  it('ingest annotated documents, validating them', async () => {
    const { app } = testApp({ token: TOKEN, kind });
    const doc = (await (await app.request('/articles/talks-ankara')).json()) as any;
    const copy = { ...doc, article: { ...doc.article, id: 'copy-1' } };
    const res = await app.request('/articles', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify([copy]) });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ stored: 1, created: 1 });
    expect((await app.request('/events?article=copy-1')).status).toBe(200);
    expect(((await (await app.request('/events?article=copy-1')).json()) as any).total).toBe(2);
    const again = await app.request('/articles', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(copy) });
    expect(await again.json()).toEqual({ stored: 1, created: 0 });
    const bad = await app.request('/articles', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ article: { id: 'x' } }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.issues.some((i: any) => i.path.startsWith('0.text'))).toBe(true);
    const notJson = await app.request('/articles', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('reprocess stored articles, all or by id, and 404 for an unknown id', async () => {
    const { app } = testApp({ token: TOKEN, kind });
    const post = (body: unknown) => app.request('/reprocess', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(await (await post({ ids: ['strike-kyiv'] })).json()).toEqual({ reprocessed: 1 });
    expect(((await (await post({})).json()) as any).reprocessed).toBe(4);
    expect((await post({ ids: ['nope'] })).status).toBe(404);
    expect((await post({ ids: 'strike-kyiv' })).status).toBe(400);
  });

  it('refuse a body over the size limit with 413', async () => {
    const { app } = testApp({ maxBodyBytes: 1000, kind });
    const res = await app.request('/extract', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x '.repeat(2000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.code).toBe('INPUT_TOO_LARGE');
  });
});
