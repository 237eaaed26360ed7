import type Database from 'better-sqlite3';
import { stmt } from './prepared.js';

/**
 * Recomputes GDELT's counts for root events from their mentions: NumMentions (mentions), NumArticles
 * (distinct articles), NumSources (distinct outlets); deletes root events left with no mention.
 */
export function recountEvents(db: Database.Database, events: Iterable<number>): void {
  const count = stmt(db, `
    SELECT count(*) AS mentions, count(DISTINCT m.article) AS articles, count(DISTINCT a.source_key) AS sources
    FROM event_mentions m JOIN articles a ON a.rowid = m.article WHERE m.event = ?`);
  const update = stmt(db, 'UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ? WHERE rowid = ?');
  const firstArticle = stmt(db, 'UPDATE events SET first_article = (SELECT min(article) FROM event_mentions WHERE event = @id) WHERE rowid = @id AND first_article NOT IN (SELECT article FROM event_mentions WHERE event = @id)');
  const remove = stmt(db, 'DELETE FROM events WHERE rowid = ?');
  for (const id of new Set(events)) {
    const c = count.get(id) as { mentions: number; articles: number; sources: number };
    if (c.mentions === 0) remove.run(id);
    else {
      update.run(c.mentions, c.articles, c.sources, id);
      firstArticle.run({ id });
    }
  }
}
