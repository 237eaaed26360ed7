import { describe, expect, it } from 'vitest';
import { MODEL_KINDS, testApp } from './test-app.js';

describe.each(MODEL_KINDS)('read endpoints over the %s model', (kind) => {
  const { app } = testApp({ kind });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };

  it('lists articles newest first with paging', async () => {
    const { status, body } = await get('/articles?limit=2');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.items).toHaveLength(2);
    expect(body.items[0].published >= body.items[1].published).toBe(true);
    const next = await get('/articles?limit=2&offset=2');
    expect(next.body.items.map((a: any) => a.id)).not.toContain(body.items[0].id);
  });

  it('returns one stored document and 404 for an unknown id', async () => {
    expect((await get('/articles/strike-kyiv')).body.article.id).toBe('strike-kyiv');
    const missing = await get('/articles/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('filters events by actor, code, quad class, dates, place and text', async () => {
    expect((await get('/events?actor=RUS')).body.items.every((e: any) => [e.source.country, e.target?.country].includes('RUS'))).toBe(true);
    expect((await get('/events?quad=4')).body.items.map((e: any) => e.code)).toEqual(['195']);
    expect((await get('/events?code=19*')).body.total).toBe(1);
    expect((await get('/events?code=19')).body.total).toBe(0);
    expect((await get('/events?code=195')).body.total).toBe(1);
    expect((await get('/events?root=14')).body.items[0].label).toMatch(/Demonstrate/);
    expect((await get('/events?since=2025-03-11&until=2025-03-31')).body.items.every((e: any) => e.date === '2025-03-14')).toBe(true);
    expect((await get('/events?place=Baghdad')).body.total).toBe(2);
    expect((await get('/events?text=grain')).body.total).toBe(1);
    expect((await get('/events?source=Ukraine&target=Russia')).body.items[0].code).toBe('112');
  });

  it('sorts events by goldstein in both directions', async () => {
    const asc = (await get('/events?sort=goldstein&order=asc&limit=100')).body.items.map((e: any) => e.goldstein);
    expect(asc).toEqual([...asc].sort((a: number, b: number) => a - b));
    const desc = (await get('/events?sort=goldstein&order=desc&limit=100')).body.items.map((e: any) => e.goldstein);
    expect(desc[0]).toBe(Math.max(...asc));
  });

  it('refuses bad filters with a 400 that names the field', async () => {
    for (const q of ['quad=5', 'since=2025-02-30', 'limit=0', 'limit=5000', 'offset=-1', 'code=abc', 'sort=colour', 'colour=red']) {
      const { status, body } = await get(`/events?${q}`);
      expect(status, q).toBe(400);
      expect(body.error.code).toBe('REQUEST_INVALID');
      expect(body.error.issues.length, q).toBeGreaterThan(0);
      const field = q.split('=')[0]!;
      expect(JSON.stringify(body.error.issues), q).toContain(field === 'colour' ? 'colour' : field);
    }
  });

  it('answers actors, quotes, dyads, one dyad over time and the timeline', async () => {
    const actors = (await get('/actors?name=ukr')).body.items;
    expect(actors[0].name).toBe('Ukraine');
    expect(actors[0].events).toBeGreaterThanOrEqual(3);
    expect((await get('/quotes?speaker=turkey')).body.items[0].text).toContain('corridor');
    const dyads = (await get('/dyads')).body.items;
    const tu = dyads.find((d: any) => d.source.name === 'Turkey' && d.target.name === 'Ukraine');
    expect(tu).toMatchObject({ count: 1, goldsteinMean: 1 });
    const dyad = (await get('/dyad?a=Ukraine&b=Russia&by=month')).body;
    expect(dyad.buckets).toEqual([{ period: '2025-03', count: 1, goldsteinSum: -2, goldsteinMean: -2 }]);
    const tl = (await get('/timeline?by=month')).body.buckets;
    expect(tl.map((b: any) => b.period)).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(tl[0].quad).toEqual([2, 0, 1, 1]);
    expect((await get('/dyad?a=Ukraine')).status).toBe(400);
  });

  it('exports csv and plover with a filename, and refuses unknown formats', async () => {
    const csv = await app.request('/export?format=csv&quad=4');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('events.csv');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('195');
    const pl = (await (await app.request('/export?format=plover')).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(pl.length).toBe(6); // the events that have a PLOVER type
    expect((await app.request('/export?format=xls')).status).toBe(400);
    const gdelt = await app.request('/export?format=gdelt');
    const graphml = await app.request('/export?format=graphml&quad=4');
    if (kind === 'memory') {
      expect(gdelt.status).toBe(400);
      return;
    }
    const rows = (await gdelt.text()).trim().split('\n');
    expect(rows).toHaveLength(8); // a header row and 7 events
    expect(rows.every((r) => r.split('\t').length === 61)).toBe(true);
    const xml = await graphml.text();
    expect(graphml.headers.get('content-type')).toContain('xml');
    expect(xml).toContain('<graphml');
    expect(xml).toContain('Russian forces');
    expect(xml).not.toContain('Iraqis');
  });

  it('describes itself in /openapi.json with the validated parameters', async () => {
    const { body } = await get('/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    const names = body.paths['/events'].get.parameters.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['actor', 'quad', 'since', 'limit', 'offset', 'sort']));
    for (const path of ['/extract', '/articles', '/articles/{id}', '/actors', '/quotes', '/dyads', '/dyad', '/timeline', '/export', '/reprocess']) expect(body.paths[path], path).toBeDefined();
  });

  it('answers 404 in JSON for unknown routes and without a store', async () => {
    expect((await get('/nothing-here')).body.error.code).toBe('NOT_FOUND');
    const bare = testApp({ withStore: false }).app;
    const res = await bare.request('/events');
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.message).toMatch(/without a store/);
  });
});
