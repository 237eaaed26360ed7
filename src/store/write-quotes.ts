import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { stmt } from './prepared.js';

/** Stores the document's quotes, with the speaker resolved to a stored actor when it is an entity. */
export function writeQuotes(db: Database.Database, doc: ReadoutDocument, article: number, byEntity: Map<string, number>): void {
  const insert = stmt(db, `INSERT OR REPLACE INTO quotes (article, quote_id, kind, text, start, end, speaker, speaker_text, channel)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const q of doc.quotes) {
    insert.run(article, q.id, q.kind, q.text, q.start, q.end, q.speaker ? (byEntity.get(q.speaker) ?? null) : null, q.speakerText, q.channel);
  }
}
