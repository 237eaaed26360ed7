import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { insertRows } from './prepared.js';

/** Stores the document's quotes, with the speaker resolved to a stored actor when it is an entity. */
export function writeQuotes(db: Database.Database, doc: ReadoutDocument, article: number, byEntity: Map<string, number>): void {
  insertRows(db, 'INSERT OR REPLACE INTO quotes (article, quote_id, kind, text, start, end, speaker, speaker_text, channel)', 9, doc.quotes.map((q) =>
    [article, q.id, q.kind, q.text, q.start, q.end, q.speaker ? (byEntity.get(q.speaker) ?? null) : null, q.speakerText, q.channel]));
}
