import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildDocument, fakeExtractor, ingested } from '../test-support/store-documents.js';
import { tmpDbPath } from '../test-support/store-fixture.js';
import { CODEC_TOKEN_BYTES } from './document-codec.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openStore } from './open-store.js';
import { exportChunks } from './export/export-formats.js';
import { countEvents, findEvents, getArticle } from './queries/index.js';
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
      expect(codecs).toEqual([{ id: 'new', codec: CODEC_TOKEN_BYTES }, { id: 'old', codec: 1 }]);
      expect(checkStore(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('gives the root events of a version-2 database the codes of their actor rows: readable, filtered and exported as before', () => {
    const path = tmpDbPath();
    const db2 = new Database(path);
    db2.exec(MIGRATIONS[0]!);
    db2.exec(MIGRATIONS[1]!);
    db2.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2);');
    const art = db2.prepare(`INSERT INTO articles (id, content_hash, published, source_key, pipeline, ingested_at, n_events, text_length)
      VALUES ('old', 'h1', '2024-05-01', 'article:old', 'fake', '2024-05-01T00:00:00Z', 1, ?)`).run(OLD.text.length).lastInsertRowid;
    db2.prepare('INSERT INTO documents (article, json, codec) VALUES (?, ?, 1)').run(art, deflateRawSync(Buffer.from(JSON.stringify(OLD))));
    const actor = db2.prepare('INSERT INTO actors (key, name, name_norm, code, country, sector, kb, n_source, n_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const iran = actor.run('kb:country:IRN', 'Iran', 'iran', 'IRN', 'IRN', null, 'country:IRN', 1, 0).lastInsertRowid;
    const iraq = actor.run('kb:country:IRQ', 'Iraq', 'iraq', 'IRQ', 'IRQ', null, 'country:IRQ', 0, 1).lastInsertRowid;
    const ev = db2.prepare(`INSERT INTO events (key, source, target, code, base, root, label, quad, goldstein, day, num_mentions, num_articles, num_sources, first_article, added_at)
      VALUES (?, ?, ?, '112', '112', '11', 'Accuse', 3, -2, 20240429, 1, 1, 1, ?, '2024-05-01T00:00:00Z')`).run(`${iran}|${iraq}|112|20240429`, iran, iraq, art).lastInsertRowid;
    const m = db2.prepare(`INSERT INTO event_mentions (event, article, event_id, sentence_id, sentence_index, start, end, evidence, negated, modality, confidence, rule)
      VALUES (?, ?, 'ev1', 's1', 1, 5, 12, '[]', 0, 'asserted', 0.9, 'test')`).run(ev, art).lastInsertRowid;
    db2.prepare('INSERT INTO mention_text (rowid, text) VALUES (?, ?)').run(m, OLD.text);
    db2.close();
    const db = openStore(path);
    try {
      expect(findEvents(db)).toMatchObject([{ source: { name: 'Iran', code: 'IRN', country: 'IRN' }, target: { code: 'IRQ', country: 'IRQ' } }]);
      expect(countEvents(db, { source: 'IRN', target: 'Iraq' })).toBe(1);
      expect([...exportChunks(db, 'csv', {})].join('')).toContain(',Iran,IRN,IRN,');
      expect(checkStore(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('indexes the errors of a version-3 database by article, keeping its rows, so that storing an article clears its stage errors without a scan', () => {
    const path = tmpDbPath();
    const db3 = new Database(path);
    for (const m of MIGRATIONS.slice(0, 3)) db3.exec(m);
    db3.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3);');
    const error = db3.prepare(`INSERT INTO errors (input, line, article_id, stage, code, message, first_at, last_at, seen)
      VALUES (?, ?, ?, ?, ?, ?, '2024-05-01T00:00:00Z', '2024-05-02T00:00:00Z', ?)`);
    error.run('feed.jsonl', 3, '', '', 'BAD_JSON', 'line 3 is not JSON', 2);
    error.run('feed.jsonl', 0, 'new', 'events', 'STAGE_FAILED', 'events failed', 1);
    error.run('feed.jsonl', 0, 'other', 'times', 'STAGE_FAILED', 'times failed', 1);
    db3.close();
    const db = openStore(path);
    try {
      expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([{ version: SCHEMA_VERSION }]);
      const rows = () => db.prepare('SELECT input, line, article_id, stage, code, message, seen FROM errors ORDER BY rowid').all();
      expect(rows()).toEqual([
        { input: 'feed.jsonl', line: 3, article_id: '', stage: '', code: 'BAD_JSON', message: 'line 3 is not JSON', seen: 2 },
        { input: 'feed.jsonl', line: 0, article_id: 'new', stage: 'events', code: 'STAGE_FAILED', message: 'events failed', seen: 1 },
        { input: 'feed.jsonl', line: 0, article_id: 'other', stage: 'times', code: 'STAGE_FAILED', message: 'times failed', seen: 1 },
      ]);
      const plan = db.prepare("EXPLAIN QUERY PLAN DELETE FROM errors WHERE article_id = ? AND stage <> ''").all('new') as { detail: string }[];
      expect(plan.map((p) => p.detail).join('; ')).toMatch(/USING INDEX errors_article/);
      // storing 'new' again clears its old stage error and keeps the others
      const w = new StoreWriter(db, fakeExtractor(new Map([['new', NEW]])));
      w.add({ ok: true, value: { article: NEW.article, text: NEW.text } });
      w.flush();
      expect(rows()).toEqual([
        { input: 'feed.jsonl', line: 3, article_id: '', stage: '', code: 'BAD_JSON', message: 'line 3 is not JSON', seen: 2 },
        { input: 'feed.jsonl', line: 0, article_id: 'other', stage: 'times', code: 'STAGE_FAILED', message: 'times failed', seen: 1 },
      ]);
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
