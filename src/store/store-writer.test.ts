import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../errors/readout-error.js';
import { documentSchema, type ReadoutDocument } from '../document/schema.js';
import { buildDocument, fakeExtractor, ingested } from '../test-support/store-documents.js';
import { openStore } from './open-store.js';
import { SCHEMA_VERSION } from './migrations.js';
import { StoreWriter } from './store-writer.js';
import { checkStore } from './store-integrity.js';
import { countEvents, findEvents, getArticle, listActors, listErrors, listQuotes, storeSummary } from './queries/index.js';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'readout-store-')), 'test.db');

const TEXT_A = 'Iran and Iraq signed a trade agreement in Baghdad on Monday. The Iranian president said "This is a new day" after the ceremony.';
const TEXT_B = 'Tehran and Baghdad signed a deal on Monday, officials said. Iraq later accused Iran of shelling the border.';

function docA(): ReadoutDocument {
  return buildDocument(ingested('a', TEXT_A, { source: 'Wire One' }), [
    { id: 'e1', name: 'Iran', code: 'IRN', kb: 'country:IRN' },
    { id: 'e2', name: 'Iraq', code: 'IRQ', kb: 'country:IRQ' },
    { id: 'e3', name: 'Iranian president', type: 'PERSON', code: 'IRNGOV', mentions: ['Iranian president'] },
  ], [{ source: 'e1', target: 'e2', code: '057', goldstein: 8, quad: 2, words: 'signed a trade agreement', plover: 'AGREE' }],
  [{ speaker: 'e3', words: '"This is a new day"' }]);
}

function docB(): ReadoutDocument {
  return buildDocument(ingested('b', TEXT_B, { source: 'Paper Two' }), [
    { id: 'x1', name: 'Tehran', code: 'IRN', kb: 'country:IRN' },
    { id: 'x2', name: 'Baghdad', code: 'IRQ', kb: 'country:IRQ', mentions: ['Baghdad'] },
  ], [
    { source: 'x1', target: 'x2', code: '057', goldstein: 8, quad: 2, words: 'signed a deal' },
    { source: 'x2', target: 'x1', code: '112', goldstein: -2, quad: 3, words: 'accused' },
  ]);
}

function setup(docs: ReadoutDocument[]) {
  for (const d of docs) documentSchema.parse(d);
  const path = tmpDb();
  const db = openStore(path);
  const extractor = fakeExtractor(new Map(docs.map((d) => [d.article.id, d])));
  const ingest = (list: ReadoutDocument[]) => {
    const w = new StoreWriter(db, extractor);
    for (const d of list) w.add({ ok: true, value: { article: d.article, text: d.text } });
    w.flush();
    return w.stats;
  };
  return { db, path, ingest };
}

const tableCounts = (db: ReturnType<typeof openStore>) =>
  Object.fromEntries(['articles', 'documents', 'actors', 'actor_aliases', 'article_actors', 'quotes', 'events', 'event_mentions', 'errors'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

describe('StoreWriter', () => {
  it('creates the schema at the current version with WAL', () => {
    const { db } = setup([]);
    expect((db.prepare('SELECT version FROM schema_version').get() as { version: number }).version).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('stores the whole document and normalised rows', () => {
    const { db, ingest } = setup([docA()]);
    const stats = ingest([docA()]);
    expect(stats).toMatchObject({ stored: 1, unchanged: 0, failed: 0, mentions: 1 });
    const got = getArticle(db, 'a');
    expect(got?.document.text).toBe(TEXT_A);
    expect(got?.document.events).toHaveLength(1);
    expect(listQuotes(db, { speaker: 'Iranian president' }).map((q) => q.text)).toEqual(['"This is a new day"']);
    const [ev] = findEvents(db);
    expect(ev).toMatchObject({ code: '057', date: '2024-05-01', numMentions: 1, numArticles: 1, numSources: 1, plover: 'AGREE' });
    expect(ev!.source.name).toBe('Iran');
    expect(ev!.target!.name).toBe('Iraq');
  });

  it('is idempotent: the same articles again change nothing', () => {
    const { db, ingest } = setup([docA(), docB()]);
    ingest([docA(), docB()]);
    const before = tableCounts(db);
    const again = ingest([docA(), docB(), docA()]);
    expect(again).toMatchObject({ stored: 0, unchanged: 3 });
    expect(tableCounts(db)).toEqual(before);
    expect(findEvents(db).map((e) => e.numMentions).sort()).toEqual([1, 2]);
  });

  it('merges the same event from different articles into one root event with GDELT counts', () => {
    const { db, ingest } = setup([docA(), docB()]);
    ingest([docA(), docB()]);
    expect(countEvents(db)).toBe(2);
    const [agree] = findEvents(db, { code: '057' });
    expect(agree).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 2, firstArticle: 'a' });
    expect(countEvents(db, { source: 'Iraq' })).toBe(1);
    expect(countEvents(db, { actor: 'IRN' })).toBe(2);
    expect(countEvents(db, { actor: 'no such actor' })).toBe(0);
  });

  it('keeps one actor per knowledge-base entity with all its names as aliases', () => {
    const { db, ingest } = setup([docA(), docB()]);
    ingest([docA(), docB()]);
    const iran = listActors(db, { search: 'Tehran' });
    expect(iran).toHaveLength(1);
    expect(iran[0]).toMatchObject({ name: 'Iran', kb: 'country:IRN', articles: 2, events: 2 });
    expect(iran[0]!.aliases).toContain('Tehran');
  });

  it('replaces an article whose content changed, keeping root event ids and leaving no orphans', () => {
    const { db, ingest } = setup([docA(), docB()]);
    ingest([docA(), docB()]);
    const agreeId = findEvents(db, { code: '057' })[0]!.id;
    const changed = docB();
    changed.article.title = 'Updated';
    changed.events = changed.events.slice(0, 1);
    const w = new StoreWriter(db, fakeExtractor(new Map([['b', changed]])));
    w.add({ ok: true, value: { article: changed.article, text: changed.text } });
    w.flush();
    expect(w.stats).toMatchObject({ stored: 1, replaced: 1 });
    expect(findEvents(db).map((e) => e.id)).toEqual([agreeId]);
    expect(countEvents(db, { code: '112' })).toBe(0);
    expect(tableCounts(db).event_mentions).toBe(2);
  });

  it('records a failing input and goes on with the batch', () => {
    const { db } = setup([docA()]);
    const w = new StoreWriter(db, fakeExtractor(new Map([['a', docA()]])));
    w.add({ ok: false, error: new ReadoutError('INPUT_EMPTY', 'no text', { input: 'empty.txt' }) });
    w.add({ ok: true, value: { article: docA().article, text: TEXT_A } });
    w.add({ ok: true, value: { article: { ...docA().article, id: 'unknown' }, text: 'Something else entirely.' } });
    w.flush();
    expect(w.stats).toMatchObject({ stored: 1, failed: 2 });
    const errors = listErrors(db);
    expect(errors.map((e) => [e.input, e.article, e.code])).toEqual(expect.arrayContaining([['empty.txt', null, 'INPUT_EMPTY'], ['a.txt', 'unknown', 'STAGE_FAILED']]));
    expect(errors.every((e) => /^\d{4}-\d{2}-\d{2}T/.test(e.lastAt))).toBe(true);
    expect(storeSummary(db).articles).toBe(1);
  });

  it('drops negated events and questions, and filters by date, code prefix, quad, place and text', () => {
    const b = docB();
    b.events[1]!.negated = true;
    const { db, ingest } = setup([docA(), b]);
    ingest([docA(), b]);
    expect(countEvents(db)).toBe(1);
    const asked = docB();
    asked.events[1]!.question = true;
    const second = setup([asked]);
    second.ingest([asked]);
    expect(countEvents(second.db)).toBe(1);
    expect(countEvents(second.db, { code: '112' })).toBe(0);
    expect(countEvents(db, { since: '2024-05-01', until: '2024-05-01' })).toBe(1);
    expect(countEvents(db, { since: '2024-05-02' })).toBe(0);
    expect(countEvents(db, { code: '05*' })).toBe(1);
    expect(countEvents(db, { root: '5' })).toBe(1);
    expect(countEvents(db, { quad: 4 })).toBe(0);
    expect(countEvents(db, { text: 'trade' })).toBe(1);
    expect(countEvents(db, { text: 'shelling' })).toBe(0);
    expect(countEvents(db, { plover: 'agree' })).toBe(1);
  });

  it('keeps the last of a quote id or entity id told twice in one document, and stores it again unchanged', () => {
    const doc = docA();
    doc.quotes.push({ ...doc.quotes[0]!, kind: 'indirect' });
    doc.entities.push({ ...doc.entities[0]!, mentions: [doc.entities[0]!.mentions[0]!, doc.entities[0]!.mentions[0]!] });
    const { db, ingest } = setup([doc]);
    ingest([doc]);
    const rows = () => ({
      quotes: db.prepare('SELECT quote_id, kind FROM quotes ORDER BY rowid').all(),
      links: db.prepare('SELECT entity, mentions FROM article_actors ORDER BY entity').all(),
    });
    const expected = { quotes: [{ quote_id: 'q1', kind: 'indirect' }], links: [{ entity: 'e1', mentions: 2 }, { entity: 'e2', mentions: 1 }, { entity: 'e3', mentions: 1 }] };
    expect(rows()).toEqual(expected);
    const again = new StoreWriter(db, fakeExtractor(new Map([['a', doc]])), { force: true });
    again.add({ ok: true, value: { article: doc.article, text: doc.text } });
    again.flush();
    expect(again.stats.replaced).toBe(1);
    expect(rows()).toEqual(expected);
    expect(checkStore(db)).toEqual([]);
  });

  it('counts an event told twice in one article as one root event with two mentions, and gives a code-less actor its code when one comes', () => {
    const twice = docB();
    twice.events.push({ ...twice.events[0]!, id: 'ev3', evidence: [{ start: 0, end: 6 }] });
    // 'Tehran' first as a bare name (no code), then, in the next article of the same batch, with one
    const bare = buildDocument(ingested('c', 'Officials in Tehran met on Monday.'), [{ id: 't', name: 'Tehran', type: 'GPE' }]);
    bare.entities[0]!.kb = null;
    const coded = buildDocument(ingested('d', 'Tehran protested on Monday.'), [{ id: 't', name: 'Tehran', type: 'GPE', code: 'IRN', country: null as unknown as string }]);
    coded.entities[0]!.kb = null;
    coded.entities[0]!.actor = { code: 'IRN', country: null, sector: null };
    const { db, ingest } = setup([twice, bare, coded]);
    ingest([twice, bare, coded]);
    const agree = findEvents(db, { code: '057' });
    expect(agree).toHaveLength(1);
    expect(agree[0]).toMatchObject({ numMentions: 2, numArticles: 1, numSources: 1 });
    const tehran = (db.prepare("SELECT code FROM actors WHERE key = 'name:tehran|'").get() as { code: string | null }).code;
    expect(tehran).toBe('IRN');
    expect(checkStore(db)).toEqual([]);
  });

  it('keeps counts right when a document repeats an event id (the later mention replaces the earlier)', () => {
    const b = docB();
    b.events[1]!.id = b.events[0]!.id;
    const { db, ingest } = setup([b]);
    ingest([b]);
    expect(checkStore(db)).toEqual([]);
    expect(countEvents(db)).toBe(1);
  });

  it('after a batch that failed and rolled back, stores the actors it had met again (nothing remembered from it)', () => {
    const bad = docB();
    (bad.events[0]!.cameo as { code: string | null }).code = null; // refused by the events table: the batch rolls back
    const { db } = setup([]);
    const w = new StoreWriter(db, fakeExtractor(new Map([['a', docA()], ['b', bad]])));
    w.add({ ok: true, value: { article: docA().article, text: TEXT_A } });
    w.add({ ok: true, value: { article: bad.article, text: TEXT_B } });
    expect(() => w.flush()).toThrow();
    expect(tableCounts(db)).toMatchObject({ articles: 0, actors: 0, actor_aliases: 0 });
    w.add({ ok: true, value: { article: docA().article, text: TEXT_A } }); // the same writer goes on
    w.flush();
    expect(listActors(db, { search: 'Iran' })).toEqual([expect.objectContaining({ name: 'Iran', articles: 1 })]);
    expect(checkStore(db)).toEqual([]);
  });

  it('extracts the articles it is given in batches, and keeps an error with its article when a batch throws', () => {
    const path = tmpDb();
    const db = openStore(path);
    const one = fakeExtractor(new Map([['a', docA()], ['b', docB()]]));
    const batches: string[][] = [];
    const extractor = {
      ...one,
      // a batch holding the article with no prepared document throws as a whole
      extractAll: (list: readonly { article: { id: string }; text: string }[]) => {
        batches.push(list.map((x) => x.article.id));
        return list.map((x) => one.extract(x as Parameters<typeof one.extract>[0]));
      },
    };
    const w = new StoreWriter(db, extractor);
    for (const [id, text] of [['a', TEXT_A], ['missing', 'No document.'], ['b', TEXT_B]] as const) w.add({ ok: true, value: { article: ingested(id, text).article, text } });
    expect(storeSummary(db).articles).toBe(0);
    w.flush();
    expect(batches).toEqual([['a', 'missing', 'b']]);
    expect(w.stats).toMatchObject({ stored: 2, failed: 1 });
    expect(listErrors(db)).toEqual([expect.objectContaining({ article: 'missing', message: expect.stringContaining('no prepared document for missing') })]);
    expect(getArticle(db, 'b')).not.toBeNull();
    expect(checkStore(db)).toEqual([]);
  });
});
