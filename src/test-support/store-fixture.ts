import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { documentSchema } from '../document/schema.js';
import { openStore } from '../store/open-store.js';
import { StoreWriter } from '../store/store-writer.js';
import { buildDocument, fakeExtractor, ingested } from './store-documents.js';

export function tmpDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'readout-store-')), 'test.db');
}

/** Stores hand-built documents (validated against the contract) in a new database. */
export function storeDocuments(docs: ReadoutDocument[], path = tmpDbPath()): Database.Database {
  for (const d of docs) documentSchema.parse(d);
  const db = openStore(path);
  const w = new StoreWriter(db, fakeExtractor(new Map(docs.map((d) => [d.article.id, d]))));
  for (const d of docs) w.add({ ok: true, value: { article: d.article, text: d.text } });
  w.flush();
  return db;
}

/** Two articles from two outlets about Iran and Iraq: one shared event, one more, a quote, a place. */
export function iranIraqDocuments(): ReadoutDocument[] {
  const a = buildDocument(
    ingested('a', 'Iran and Iraq signed a trade agreement in Baghdad on Monday. The Iranian president said "This is a new day" after the ceremony.', { source: 'Wire One', url: 'https://wire.example/a' }),
    [
      { id: 'e1', name: 'Iran', code: 'IRN', kb: 'country:IRN' },
      { id: 'e2', name: 'Iraq', code: 'IRQ', kb: 'country:IRQ' },
      { id: 'e3', name: 'Iranian president', type: 'PERSON', code: 'IRNGOV' },
      { id: 'e4', name: 'Baghdad', code: 'IRQ', country: 'IRQ' },
    ],
    [{ source: 'e1', target: 'e2', code: '057', goldstein: 8, quad: 2, words: 'signed a trade agreement', plover: 'AGREE', location: 'e4' }],
    [{ speaker: 'e3', words: '"This is a new day"' }],
  );
  a.entities[3]!.geo = { lat: 33.31, lon: 44.36, country: 'IQ', feature: 'city' };
  const b = buildDocument(
    ingested('b', 'Tehran and Baghdad signed a deal on Monday, officials said. Iraq later accused Iran of shelling the border.', { source: 'Paper Two', published: '2024-05-01' }),
    [
      { id: 'x1', name: 'Tehran', code: 'IRN', kb: 'country:IRN' },
      { id: 'x2', name: 'Baghdad', code: 'IRQ', kb: 'country:IRQ' },
      { id: 'x3', name: 'Iraq', code: 'IRQ', kb: 'country:IRQ' },
      { id: 'x4', name: 'Iran', code: 'IRN', kb: 'country:IRN' },
    ],
    [
      { source: 'x1', target: 'x2', code: '057', goldstein: 8, quad: 2, words: 'signed a deal' },
      { source: 'x3', target: 'x4', code: '112', goldstein: -2, quad: 3, words: 'accused', date: '2024-05-03', plover: 'ACCUSE' },
    ],
  );
  return [a, b];
}
