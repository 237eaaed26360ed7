import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildDocument, fakeExtractor, ingested } from '../test-support/store-documents.js';
import { tmpDbPath } from '../test-support/store-fixture.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openStore } from './open-store.js';
import { getArticle } from './queries/index.js';
import { checkStore } from './store-integrity.js';
import { StoreWriter } from './store-writer.js';

const OLD = buildDocument(ingested('old', 'Iran accused Iraq of shelling the border on Monday.'), [
  { id: 'e1', name: 'Iran', code: 'IRN', kb: 'country:IRN' },
  { id: 'e2', name: 'Iraq', code: 'IRQ', kb: 'country:IRQ' },
], [{ source: 'e1', target: 'e2', code: '112', words: 'accused' }]);
const NEW = buildDocument(ingested('new', 'Iraq rejected the accusation from Iran on Tuesday.'), [
  { id: 'e1', name: 'Iraq', code: 'IRQ', kb: 'country:IRQ' },
  { id: 'e2', name: 'Iran', code: 'IRN', kb: 'country:IRN' },
], [{ source: 'e1', target: 'e2', code: '125', words: 'rejected' }]);

/** A database as readout with schema version 1 left it: its schema, and an article stored the way that version stored it. */
function versionOneDatabase(): string {
  const path = tmpDbPath();
  const db = new Database(path);
  db.exec(MIGRATIONS[0]!);
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);');
  const a = db.prepare(`INSERT INTO articles (id, content_hash, published, source_key, pipeline, ingested_at, n_events, text_length)
    VALUES ('old', 'h1', '2024-05-01', 'article:old', 'fake', '2024-05-01T00:00:00Z', 1, ?)`).run(OLD.text.length);
  db.prepare('INSERT INTO documents (article, json) VALUES (?, ?)').run(a.lastInsertRowid, deflateRawSync(Buffer.from(JSON.stringify(OLD)), { level: 2 }));
  db.close();
  return path;
}

describe('migrations', () => {
  it('brings a version-1 database to the current version, keeping its documents readable next to new ones', () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    const path = versionOneDatabase();
    const db = openStore(path);
    try {
      expect((db.prepare('SELECT version FROM schema_version').get() as { version: number }).version).toBe(SCHEMA_VERSION);
      expect(getArticle(db, 'old')?.document).toEqual(OLD);
      const w = new StoreWriter(db, fakeExtractor(new Map([['new', NEW]])));
      w.add({ ok: true, value: { article: NEW.article, text: NEW.text } });
      w.flush();
      expect(getArticle(db, 'new')?.document).toEqual(NEW);
      expect(getArticle(db, 'old')?.document).toEqual(OLD);
      const codecs = db.prepare('SELECT a.id, d.codec FROM documents d JOIN articles a ON a.rowid = d.article ORDER BY a.id').all();
      expect(codecs).toEqual([{ id: 'new', codec: 2 }, { id: 'old', codec: 1 }]);
      expect(checkStore(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('opens a current database again without migrating twice', () => {
    const path = tmpDbPath();
    openStore(path).close();
    const db = openStore(path);
    try {
      expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([{ version: SCHEMA_VERSION }]);
    } finally {
      db.close();
    }
  });
});
