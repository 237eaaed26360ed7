import { describe, expect, it } from 'vitest';
import { fakeExtractor } from '../test-support/store-documents.js';
import { iranIraqDocuments, storeDocuments } from '../test-support/store-fixture.js';
import { checkStore } from './store-integrity.js';
import { StoreModel } from './store-model.js';

const page = { limit: 50, offset: 0 };

describe('StoreModel (the HTTP API over the store)', () => {
  it('answers events, actors, quotes, dyads, timeline and exports from the database', () => {
    const docs = iranIraqDocuments();
    const db = storeDocuments(docs);
    const model = new StoreModel(db, () => fakeExtractor(new Map(docs.map((d) => [d.article.id, d]))));
    const events = model.events({ ...page });
    expect(events.total).toBe(2);
    expect(events.items[0]).toMatchObject({ code: '112', article: 'b', event: 'ev2', mentions: 1 });
    expect(events.items[0]!.text).toContain('accused Iran');
    expect(model.events({ ...page, sort: 'goldstein', order: 'asc' }).items.map((e) => e.goldstein)).toEqual([-2, 8]);
    expect(model.actors({ ...page, name: 'Tehran' }).items[0]).toMatchObject({ name: 'Iran', articles: 2 });
    expect(model.quotes({ ...page, speaker: 'Iranian president' }).total).toBe(1);
    expect(model.dyads({ ...page }).items.map((d) => d.count)).toEqual([1, 1]);
    expect(model.dyad('Iran', 'Iraq', 'month', {})).toEqual([{ period: '2024-05', count: 2, goldsteinSum: 6, goldsteinMean: 3 }]);
    expect(model.timeline('day', {}).map((t) => t.quad)).toEqual([[0, 1, 0, 0], [0, 0, 1, 0]]);
    expect(model.exportAs('gdelt', {}).body.split('\n').filter(Boolean)).toHaveLength(2);
    expect(model.article('a')?.text).toBe(docs[0]!.text);
  });

  it('removes and saves articles, keeping the counts right', () => {
    const docs = iranIraqDocuments();
    const db = storeDocuments(docs);
    const model = new StoreModel(db, () => fakeExtractor(new Map(docs.map((d) => [d.article.id, d]))));
    expect(model.remove('a')).toBe(true);
    expect(model.remove('a')).toBe(false);
    expect(checkStore(db)).toEqual([]);
    expect(model.events({ ...page, code: '057' }).items[0]).toMatchObject({ mentions: 1, article: 'b' });
    expect(model.save(docs[0]!)).toEqual({ created: true });
    expect(model.save(docs[0]!)).toEqual({ created: false });
    expect(model.events({ ...page, code: '057' }).items[0]).toMatchObject({ mentions: 2 });
    expect(model.reprocess(['a'])).toEqual({ reprocessed: 1 });
    expect(checkStore(db)).toEqual([]);
  });
});
