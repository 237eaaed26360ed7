import type Database from 'better-sqlite3';
import { stmt } from './prepared.js';

/**
 * Recomputes GDELT's counts for root events from their mentions: NumMentions (mentions), NumArticles
 * (distinct articles), NumSources (distinct outlets); deletes root events left with no mention (and
 * keeps each actor's count of events as source and as target in step).
 */
export function recountEvents(db: Database.Database, events: Iterable<number>): void {
  const count = stmt(db, `
    SELECT count(*) AS mentions, count(DISTINCT m.article) AS articles, count(DISTINCT a.source_key) AS sources
    FROM event_mentions m JOIN articles a ON a.rowid = m.article WHERE m.event = ?`);
  const update = stmt(db, 'UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ? WHERE rowid = ?');
  // the codes most mentions give (ties: the earliest mention's): reprocessing with a changed knowledge base updates them
  const codes = stmt(db, `UPDATE events SET (source_code, target_code) = (SELECT source_code, target_code FROM event_mentions WHERE event = @id
    GROUP BY source_code, target_code ORDER BY count(*) DESC, min(rowid) LIMIT 1) WHERE rowid = @id`);
  const firstArticle = stmt(db, 'UPDATE events SET first_article = (SELECT min(article) FROM event_mentions WHERE event = @id) WHERE rowid = @id AND first_article NOT IN (SELECT article FROM event_mentions WHERE event = @id)');
  const remove = stmt(db, 'DELETE FROM events WHERE rowid = ? RETURNING source, target');
  const uncountSource = stmt(db, 'UPDATE actors SET n_source = n_source - 1 WHERE rowid = ?');
  const uncountTarget = stmt(db, 'UPDATE actors SET n_target = n_target - 1 WHERE rowid = ?');
  for (const id of new Set(events)) {
    const c = count.get(id) as { mentions: number; articles: number; sources: number };
    if (c.mentions === 0) {
      const gone = remove.get(id) as { source: number; target: number | null } | undefined;
      if (gone) {
        uncountSource.run(gone.source);
        if (gone.target !== null) uncountTarget.run(gone.target);
      }
    }
    else {
      update.run(c.mentions, c.articles, c.sources, id);
      firstArticle.run({ id });
      codes.run({ id });
    }
  }
}
