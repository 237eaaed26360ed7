import type Database from 'better-sqlite3';

export interface StoreSummary {
  articles: number;
  copies: number;
  actors: number;
  quotes: number;
  events: number;
  mentions: number;
  errors: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** What the store holds, in counts. */
export function storeSummary(db: Database.Database): StoreSummary {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number | string | null }).n;
  return {
    articles: n('SELECT count(*) AS n FROM articles') as number,
    copies: n('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL') as number,
    actors: n('SELECT count(*) AS n FROM actors') as number,
    quotes: n('SELECT count(*) AS n FROM quotes') as number,
    events: n('SELECT count(*) AS n FROM events') as number,
    mentions: n('SELECT count(*) AS n FROM event_mentions') as number,
    errors: n('SELECT count(*) AS n FROM errors') as number,
    firstDay: n('SELECT min(published) AS n FROM articles') as string | null,
    lastDay: n('SELECT max(published) AS n FROM articles') as string | null,
  };
}
