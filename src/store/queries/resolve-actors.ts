import type Database from 'better-sqlite3';
import { normName } from '../name-key.js';
import { stmt } from '../prepared.js';

const CODE_LIKE = /^[A-Z0-9]{3,}$/;

/**
 * Stored actors a user's term names: by CAMEO code (exact, or as a prefix when it is three letters
 * or more: USA finds USAGOV), by country code, by knowledge-base id, or by name or alias (whole
 * normalised name, or contained in it). Returns actor rowids. `byCode: false` leaves codes and
 * country codes out (event filters read those from the events' own codes: see resolveEventActors).
 */
export function resolveActors(db: Database.Database, term: string, options: { byCode?: boolean } = {}): number[] {
  const t = term.trim();
  if (!t) return [];
  const ids = new Set<number>();
  const add = (rows: unknown[]) => rows.forEach((r) => ids.add((r as { rowid: number }).rowid));
  if (/^\d+$/.test(t)) add(stmt(db, 'SELECT rowid FROM actors WHERE rowid = ?').all(Number(t)));
  const upper = t.toUpperCase();
  if (options.byCode !== false && CODE_LIKE.test(upper)) {
    add(stmt(db, "SELECT rowid FROM actors WHERE code >= ? AND code < ? || '~'").all(upper, upper));
    add(stmt(db, 'SELECT rowid FROM actors WHERE country = ?').all(upper));
  }
  add(stmt(db, 'SELECT rowid FROM actors WHERE kb = ?').all(t));
  const norm = normName(t);
  if (norm) {
    add(stmt(db, 'SELECT rowid FROM actors WHERE name_norm = ?').all(norm));
    add(stmt(db, 'SELECT actor AS rowid FROM actor_aliases WHERE alias_norm = ?').all(norm));
    if (norm.length >= 3 && ids.size === 0) {
      const like = `%${norm.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      add(stmt(db, "SELECT rowid FROM actors WHERE name_norm LIKE ? ESCAPE '\\' LIMIT 1000").all(like));
      add(stmt(db, "SELECT DISTINCT actor AS rowid FROM actor_aliases WHERE alias_norm LIKE ? ESCAPE '\\' LIMIT 1000").all(like));
    }
  }
  return [...ids];
}

/** What an actor term of an event filter matches: stored actors, or the events' own actor codes. */
export interface EventActorMatch {
  /** Stored actor rowids (events.source / events.target). */
  actors: number[];
  /** Actor codes (events.source_code / events.target_code). */
  codes: string[];
}

/**
 * An actor term of an event filter. A CAMEO code (exact, or a prefix: USA finds USAGOV) or a
 * country code matches the code each event gives its actor on the event's day (`SYRGOV` finds
 * Assad's acts while he ruled, not those after), read from `actor_codes`; any other term (a name,
 * an alias, a knowledge-base id, an actor id) matches stored actors, whatever their code.
 */
export function resolveEventActors(db: Database.Database, term: string): EventActorMatch {
  const t = term.trim();
  if (!t) return { actors: [], codes: [] };
  const upper = t.toUpperCase();
  if (CODE_LIKE.test(upper) && !/^\d+$/.test(t)) {
    const codes = new Set<string>();
    for (const r of stmt(db, "SELECT code FROM actor_codes WHERE code >= ? AND code < ? || '~'").all(upper, upper) as { code: string }[]) codes.add(r.code);
    for (const r of stmt(db, 'SELECT code FROM actor_codes WHERE country = ?').all(upper) as { code: string }[]) codes.add(r.code);
    if (codes.size > 0) return { actors: [], codes: [...codes] };
  }
  return { actors: resolveActors(db, t, { byCode: false }), codes: [] };
}
