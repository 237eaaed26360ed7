import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { insertRows } from './prepared.js';

/** Stores the document's quotes, with the speaker resolved to a stored actor when it is an entity. */
export function writeQuotes(db: Database.Database, doc: ReadoutDocument, article: number, byEntity: Map<string, number>): void {
  // a plain INSERT (the article's earlier quotes are gone, see removeDerived): a quote id told twice keeps its
  // last quote, as OR REPLACE would, without the statement journal OR REPLACE costs with foreign keys on
  const last = new Map(doc.quotes.map((q) => [q.id, q]));
  const quotes = last.size === doc.quotes.length ? doc.quotes : doc.quotes.filter((q) => last.get(q.id) === q);
  insertRows(db, 'INSERT INTO quotes (article, quote_id, kind, text, start, end, speaker, speaker_text, channel)', 9, quotes.map((q) =>
    [article, q.id, q.kind, q.text, q.start, q.end, q.speaker ? (byEntity.get(q.speaker) ?? null) : null, q.speakerText, q.channel]));
}
