import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { ActorCache } from './actor-cache.js';
import { encodeDocument, type EncodedDocument, type EncodeOptions } from './document-codec.js';
import { recountEvents } from './event-counts.js';
import { bandKeys, NUM_BANDS, signature, signatureFromBytes, signatureToBytes, similarity } from './minhash.js';
import { stmt } from './prepared.js';
import { writeActors } from './write-actors.js';
import { writeEvents } from './write-events.js';
import { writeQuotes } from './write-quotes.js';

/** An article's bands in, and the articles that share one of them out (NUM_BANDS keys each: the SQL is made once). */
const INSERT_BANDS = `INSERT OR IGNORE INTO article_bands (band, article) VALUES ${new Array(NUM_BANDS).fill('(?, ?)').join(', ')}`;
const SELECT_BY_BANDS = `SELECT article FROM article_bands WHERE band IN (${new Array(NUM_BANDS).fill('?').join(', ')})`;

/** Estimated Jaccard similarity of word 3-shingles above which an article is a copy of an earlier one. */
export const COPY_THRESHOLD = 0.6;

export interface StoredArticle {
  rowid: number;
  copyOf: number | null;
  similarity: number | null;
  mentions: number;
  replaced: boolean;
}

/** The outlet an article counts as for NumSources: its source, else its URL's host, else itself. */
export function sourceKey(doc: ReadoutDocument): string {
  const a = doc.article;
  if (a.source) return `source:${a.source.toLowerCase()}`;
  if (a.url) {
    try {
      return `host:${new URL(a.url).hostname.replace(/^www\./, '')}`;
    } catch {
      // not a URL: fall through
    }
  }
  return `article:${a.id}`;
}

export interface WriteOptions extends EncodeOptions {
  /** Actors and aliases known to be stored (the writer's cache; a fresh one when not given). */
  actors?: ActorCache;
  /** The document's stored bytes, encoded elsewhere (an extraction worker); then `doc` need not hold its tokens and clauses. */
  encoded?: EncodedDocument;
}

/**
 * Stores one extracted document with everything derived from it. Call inside a transaction. When
 * the article id is already stored, its derived rows are replaced (root events keep their ids).
 * `options.derivedClauses`: the document comes from the clauses stage (its clauses are recomputed on read);
 * `options.actors`: the writer's actor cache.
 */

export function writeDocument(db: Database.Database, doc: ReadoutDocument, hash: string, pipeline: string, now: string, options: WriteOptions = {}): StoredArticle {
  const a = doc.article;
  const existing = stmt(db, 'SELECT rowid FROM articles WHERE id = ?').get(a.id) as { rowid: number } | undefined;
  const touched = existing ? removeDerived(db, existing.rowid) : new Set<number>();
  const sig = signature(doc.text);
  const bands = bandKeys(sig);
  const copy = findOriginal(db, sig, bands, existing?.rowid ?? null);
  const values = [hash, a.title, a.source, a.url, a.author, a.published, sourceKey(doc), a.input, a.format, copy?.rowid ?? null, copy?.similarity ?? null,
    signatureToBytes(sig), pipeline, now, doc.entities.length, doc.quotes.length, doc.events.length, doc.errors.length, doc.text.length];
  let rowid: number;
  if (existing) {
    rowid = existing.rowid;
    stmt(db, `UPDATE articles SET content_hash = ?, title = ?, source = ?, url = ?, author = ?, published = ?, source_key = ?, input = ?, format = ?,
      copy_of = ?, similarity = ?, minhash = ?, pipeline = ?, ingested_at = ?, n_entities = ?, n_quotes = ?, n_events = ?, n_errors = ?, text_length = ? WHERE rowid = ?`).run(...values, rowid);
  } else {
    rowid = Number(stmt(db, `INSERT INTO articles (content_hash, title, source, url, author, published, source_key, input, format, copy_of, similarity,
      minhash, pipeline, ingested_at, n_entities, n_quotes, n_events, n_errors, text_length, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(...values, a.id).lastInsertRowid);
  }
  const bandRows = new Array<number>(2 * bands.length);
  for (let b = 0; b < bands.length; b++) {
    bandRows[2 * b] = bands[b]!;
    bandRows[2 * b + 1] = rowid;
  }
  stmt(db, INSERT_BANDS).run(...bandRows);
  const encoded = options.encoded ?? encodeDocument(doc, options);
  stmt(db, 'INSERT INTO documents (article, json, codec) VALUES (?, ?, ?)').run(rowid, encoded.bytes, encoded.codec);
  const actors = options.actors ?? new ActorCache();
  const byEntity = writeActors(db, doc, rowid, actors);
  writeQuotes(db, doc, rowid, byEntity);
  const written = writeEvents(db, doc, rowid, byEntity, copy?.rowid ?? null, now, actors);
  recountEvents(db, [...touched, ...written.events].filter((e) => !written.created.has(e)));
  stmt(db, "DELETE FROM errors WHERE article_id = ? AND stage <> ''").run(a.id);
  for (const e of doc.errors) recordStageError(db, a.input ?? '', a.id, e.stage, e.code, e.message, now);
  return { rowid, copyOf: copy?.rowid ?? null, similarity: copy?.similarity ?? null, mentions: written.mentions, replaced: existing !== undefined };
}

/** Deletes what an article contributed (document, actors links, quotes, mentions); returns the root events touched. */
export function removeDerived(db: Database.Database, article: number): Set<number> {
  const events = new Set((stmt(db, 'SELECT DISTINCT event FROM event_mentions WHERE article = ?').all(article) as { event: number }[]).map((r) => r.event));
  stmt(db, 'DELETE FROM mention_text WHERE rowid IN (SELECT rowid FROM event_mentions WHERE article = ?)').run(article);
  stmt(db, 'DELETE FROM event_mentions WHERE article = ?').run(article);
  stmt(db, 'DELETE FROM quotes WHERE article = ?').run(article);
  stmt(db, 'DELETE FROM article_actors WHERE article = ?').run(article);
  stmt(db, 'DELETE FROM article_bands WHERE article = ?').run(article);
  stmt(db, 'DELETE FROM documents WHERE article = ?').run(article);
  return events;
}

/** The earliest stored original this text is a near-copy of, if any (copies of copies point at the first). */
function findOriginal(db: Database.Database, sig: Uint32Array, bands: number[], self: number | null): { rowid: number; similarity: number } | null {
  const candidates = new Set<number>();
  const byBand = stmt(db, SELECT_BY_BANDS);
  for (const r of byBand.all(...bands) as { article: number }[]) if (r.article !== self) candidates.add(r.article);
  let best: { rowid: number; similarity: number } | null = null;
  const get = stmt(db, 'SELECT rowid, copy_of, minhash FROM articles WHERE rowid = ?');
  for (const id of [...candidates].sort((x, y) => x - y)) {
    const row = get.get(id) as { rowid: number; copy_of: number | null; minhash: Buffer };
    const sim = similarity(sig, signatureFromBytes(row.minhash));
    if (sim >= COPY_THRESHOLD && (!best || sim > best.similarity)) best = { rowid: row.copy_of ?? row.rowid, similarity: sim };
  }
  if (best && self !== null && best.rowid === self) return null;
  return best;
}

/** Records (or re-records) a failure; the same failure seen again bumps its count and time. */
export function recordStageError(db: Database.Database, input: string, articleId: string, stage: string, code: string, message: string, now: string, line = 0): void {
  stmt(db, `INSERT INTO errors (input, line, article_id, stage, code, message, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (input, line, article_id, stage, code) DO UPDATE SET message = excluded.message, last_at = excluded.last_at, seen = seen + 1`)
    .run(input, line, articleId, stage, code, message, now, now);
}
