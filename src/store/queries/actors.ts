import type Database from 'better-sqlite3';
import { resolveActors } from './resolve-actors.js';
import type { ActorFields } from '../write-actors.js';

export interface ActorRow extends ActorFields {
  id: number;
  aliases: string[];
  /** Articles that name it, and mentions across them. */
  articles: number;
  mentions: number;
  /** Root events with it as source or target. */
  events: number;
}

export interface ActorQuery {
  /** Name, alias, code, country or knowledge-base id. */
  search?: string;
  limit?: number;
  offset?: number;
}

/** Stored actors with aliases and counts, most-mentioned first. */
export function listActors(db: Database.Database, q: ActorQuery = {}): ActorRow[] {
  const ids = q.search ? resolveActors(db, q.search) : null;
  if (ids && ids.length === 0) return [];
  const where = ids ? `WHERE a.rowid IN (${ids.map(() => '?').join(',')})` : '';
  const rows = db.prepare(`
    SELECT a.rowid AS id, a.key, a.name, a.type, a.code, a.country, a.sector, a.kb,
      (SELECT count(DISTINCT article) FROM article_actors WHERE actor = a.rowid) AS articles,
      (SELECT coalesce(sum(mentions), 0) FROM article_actors WHERE actor = a.rowid) AS mentions,
      a.n_source + a.n_target AS events
    FROM actors a ${where} ORDER BY articles DESC, mentions DESC, events DESC, a.name LIMIT ? OFFSET ?`)
    .all(...(ids ?? []), q.limit ?? 100, q.offset ?? 0) as Omit<ActorRow, 'aliases'>[];
  const aliases = db.prepare('SELECT alias FROM actor_aliases WHERE actor = ? ORDER BY alias');
  return rows.map((r) => ({ ...r, aliases: (aliases.all(r.id) as { alias: string }[]).map((x) => x.alias).filter((x) => x !== r.name) }));
}
