import { describe, expect, it } from 'vitest';
import { Extractor } from '../extract/extractor.js';
import { parseText } from '../ingest/parse-text.js';
import { buildDocument, fakeExtractor, ingested } from '../test-support/store-documents.js';
import { storeDocuments, tmpDbPath } from '../test-support/store-fixture.js';
import { exportChunks } from './export/export-formats.js';
import { GDELT_EVENT_COLUMNS } from './export/gdelt-columns.js';
import { openStore } from './open-store.js';
import { countEvents, dyad, eventMentions, findEvents } from './queries/index.js';
import { reprocessStore } from './reprocess.js';
import { checkStore } from './store-integrity.js';
import { StoreWriter } from './store-writer.js';

// Written for this test: an article published after Assad's fall (2024-12-08) telling a meeting
// before it, and one published the day after the meeting (while he still ruled).
const AFTER = 'Assad met Putin before his fall\n\nBashar al-Assad met Russian President Vladimir Putin in Moscow on November 28, 2024, officials said.\n';
const BEFORE = 'Assad meets Putin\n\nSyrian President Bashar al-Assad met Russian President Vladimir Putin in Moscow on Thursday, officials said.\n';

describe("the event's own actor codes in the store", () => {
  const extractor = new Extractor();
  const article = (id: string, text: string, date: string) => parseText(text, `${id}.txt`, { id }, { date, maxBytes: 1e6 });

  it('stores, filters and exports the code of the event day, not the actor row', () => {
    const db = openStore(tmpDbPath());
    const w = new StoreWriter(db, extractor);
    w.add({ ok: true, value: article('after', AFTER, '2024-12-30') });
    w.flush();
    // the actor row was coded on the article's date (after his fall)...
    expect(db.prepare("SELECT code FROM actors WHERE kb = 'bashar-al-assad'").get()).toEqual({ code: 'SYRELI' });
    // ...the event on its own day
    const [meeting] = findEvents(db, { source: 'Assad' });
    expect(meeting).toMatchObject({ date: '2024-11-28', source: { code: 'SYRGOV', country: 'SYR', sector: 'GOV' }, target: { code: 'RUSGOV' } });
    expect(countEvents(db, { source: 'SYRGOV' })).toBe(1);
    expect(countEvents(db, { source: 'SYRELI' })).toBe(0);
    expect(countEvents(db, { source: 'SYR' })).toBe(1);
    expect(countEvents(db, { actor: 'SYRGOV', since: '2024-11-01' })).toBe(1);
    expect(findEvents(db, { source: 'SYRGOV', code: '*' })).toHaveLength(1);
    expect(dyad(db, 'SYRGOV', 'RUS', { directed: true })).toMatchObject([{ period: '2024-11-28', events: 1 }]);
    expect(dyad(db, 'SYRELI', 'RUS')).toEqual([]);

    const text = (format: Parameters<typeof exportChunks>[1]) => [...exportChunks(db, format, { source: 'Assad' })].join('');
    const gdelt = text('gdelt').trimEnd().split('\t');
    expect(gdelt[GDELT_EVENT_COLUMNS.indexOf('Actor1Code')]).toBe('SYRGOV');
    expect(gdelt[GDELT_EVENT_COLUMNS.indexOf('Actor1CountryCode')]).toBe('SYR');
    expect(gdelt[GDELT_EVENT_COLUMNS.indexOf('Actor1Type1Code')]).toBe('GOV');
    const plover = JSON.parse(text('plover'));
    expect(plover).toMatchObject({ source_code: 'SYRGOV', source_country: 'SYR', source_sector: 'GOV', target_code: 'RUSGOV' });
    expect(text('csv').split('\n')[1]).toContain(',SYRGOV,SYR,GOV,');
    expect(text('graphml')).toMatch(/<node id="a\d+-SYRGOV">/);
    expect(text('graphml')).not.toContain('SYRELI');

    // the same meeting told the day after: the same root event (the same actors, code and day), coded alike
    w.add({ ok: true, value: article('before', BEFORE, '2024-11-29') });
    w.flush();
    const events = findEvents(db, { source: 'Assad', code: '040' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ numArticles: 2, source: { code: 'SYRGOV' } });
    expect(eventMentions(db, events[0]!.id).map((m) => m.sourceCode)).toEqual(['SYRGOV', 'SYRGOV']);
    expect(checkStore(db)).toEqual([]);
    db.close();
  });
});

describe('root events and codes that disagree', () => {
  const doc = (id: string, code: string, published: string) => {
    const d = buildDocument(ingested(id, 'Assad met Putin in Moscow.', { published }), [
      { id: 'e1', name: 'Bashar al-Assad', type: 'PERSON', code: 'SYRELI', kb: 'bashar-al-assad', mentions: ['Assad'] },
      { id: 'e2', name: 'Putin', type: 'PERSON', code: 'RUSGOV', kb: 'vladimir-putin' },
    ], [{ source: 'e1', target: 'e2', code: '040', words: 'met', date: '2024-11-28' }]);
    d.events[0]!.source.actor = code;
    return d;
  };

  it('keeps one root event per stored actors, code and day, showing the codes most mentions give; reprocessing updates them', () => {
    const db = storeDocuments([doc('a', 'SYRGOV', '2024-12-30'), doc('b', 'SYRELI', '2024-12-31'), doc('c', 'SYRELI', '2025-01-02')]);
    const [root] = findEvents(db);
    expect(countEvents(db)).toBe(1);
    expect(root).toMatchObject({ numMentions: 3, source: { code: 'SYRELI', sector: 'ELI' } });
    expect(countEvents(db, { source: 'SYRELI' })).toBe(1);
    expect(countEvents(db, { source: 'SYRGOV' })).toBe(0);
    // a changed knowledge base codes b and c on the event's day: the root event follows, and keeps its id
    const docs = new Map(['a', 'b', 'c'].map((id) => [id, doc(id, 'SYRGOV', '2024-12-30')]));
    const v2 = fakeExtractor(docs);
    v2.stages = [{ name: 'fake' }, { name: 'v2' }];
    reprocessStore(db, v2);
    expect(findEvents(db)).toMatchObject([{ id: root!.id, numMentions: 3, source: { code: 'SYRGOV', sector: 'GOV' } }]);
    expect(countEvents(db, { source: 'SYRGOV' })).toBe(1);
    expect(checkStore(db)).toEqual([]);
  });
});
