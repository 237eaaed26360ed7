import type Database from 'better-sqlite3';
import { normName } from '../name-key.js';
import { stmt } from '../prepared.js';

/**
 * Stored actors a user's term names: by CAMEO code (exact, or as a prefix when it is three letters
 * or more: USA finds USAGOV), by country code, by knowledge-base id, or by name or alias (whole
 * normalised name, or contained in it). Returns actor rowids.
 */
export function resolveActors(db: Database.Database, term: string): number[] {
  const t = term.trim();
  if (!t) return [];
  const ids = new Set<number>();
  const add = (rows: unknown[]) => rows.forEach((r) => ids.add((r as { rowid: number }).rowid));
  if (/^\d+$/.test(t)) add(stmt(db, 'SELECT rowid FROM actors WHERE rowid = ?').all(Number(t)));
  const upper = t.toUpperCase();
  if (/^[A-Z0-9]{3,}$/.test(upper)) {
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
