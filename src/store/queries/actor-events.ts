import type Database from 'better-sqlite3';
import { stmt } from '../prepared.js';
import type { EventFilter } from './event-filter.js';
import { resolveActors } from './resolve-actors.js';

/** Most actor ids a term may match for the per-actor index walk (beyond, the general query runs). */
const MAX_IDS = 200;

export interface ActorPlan {
  /** Actor ids per role: events whose source is in `source`, or whose target is in `target`. */
  source: number[];
  target: number[];
  /** Both roles must match (--source and --target given together). */
  both: boolean;
  from: number;
  to: number;
}

const day = (s: string | undefined, fallback: number) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? Number(s.replaceAll('-', '')) : fallback);

/**
 * A plan for the common question "events of this actor (in these dates)": walk the (source, day)
 * and (target, day) indexes per actor, newest first, instead of gathering and sorting every event
 * of a busy actor. Null when the filter has other conditions (the general query handles those).
 */
export function actorPlan(db: Database.Database, f: EventFilter): ActorPlan | null {
  const other = (['code', 'root', 'plover', 'quad', 'place', 'text', 'article'] as const).some((k) => f[k] !== undefined && f[k] !== '');
  const roles = [f.actor, f.source, f.target].filter(Boolean).length;
  if (other || roles !== 1 && !(roles === 2 && f.source && f.target)) return null;
  if ((f.since && !/^\d{4}-\d{2}-\d{2}$/.test(f.since)) || (f.until && !/^\d{4}-\d{2}-\d{2}$/.test(f.until))) return null;
  const range = { from: day(f.since, 0), to: day(f.until, 99999999) };
  if (f.actor) {
    const ids = resolveActors(db, f.actor);
    return ids.length > MAX_IDS ? null : { source: ids, target: ids, both: false, ...range };
  }
  const source = f.source ? resolveActors(db, f.source) : [];
  const target = f.target ? resolveActors(db, f.target) : [];
  if (source.length > MAX_IDS || target.length > MAX_IDS || (f.source && f.target && source.length * target.length > MAX_IDS * 4)) return null;
  if (f.source && f.target) return { source, target, both: true, ...range };
  return { source, target, both: false, ...range };
}

/** Row ids of the newest `n` events of the plan, newest first (ties: larger id first; undated last). */
export function planRowids(db: Database.Database, p: ActorPlan, n: number): number[] {
  const rows = new Map<number, number>();
  const dated = !(p.from === 0 && p.to === 99999999);
  const range = dated ? 'AND day BETWEEN ? AND ?' : '';
  const run = (sql: string, ...ids: number[]) => {
    const params = dated ? [...ids, p.from, p.to, n] : [...ids, n];
    for (const r of stmt(db, sql).all(...params) as { rowid: number; day: number | null }[]) rows.set(r.rowid, r.day ?? -1);
  };
  if (p.both) {
    for (const s of p.source) for (const t of p.target) run(`SELECT rowid, day FROM events WHERE source = ? AND target = ? ${range} ORDER BY day DESC, rowid DESC LIMIT ?`, s, t);
  } else {
    for (const id of p.source) run(`SELECT rowid, day FROM events WHERE source = ? ${range} ORDER BY day DESC, rowid DESC LIMIT ?`, id);
    for (const id of p.target) run(`SELECT rowid, day FROM events WHERE target = ? ${range} ORDER BY day DESC, rowid DESC LIMIT ?`, id);
  }
  return [...rows.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, n).map(([id]) => id);
}

/** How many events the plan matches: from the actors' event counters when no dates are given, else from index counts. */
export function planCount(db: Database.Database, p: ActorPlan): number {
  const list = (ids: number[]) => `(${ids.map(() => '?').join(',') || 'NULL'})`;
  const dated = !(p.from === 0 && p.to === 99999999);
  const range = dated ? ' AND day BETWEEN ? AND ?' : '';
  const q = (sql: string, ...ids: number[]) => (db.prepare(sql).get(...ids, ...(dated && /day BETWEEN/.test(sql) ? [p.from, p.to] : [])) as { n: number | null }).n ?? 0;
  const both = () => q(`SELECT count(*) AS n FROM events WHERE source IN ${list(p.source)} AND target IN ${list(p.target)}${range}`, ...p.source, ...p.target);
  if (p.both) return both();
  const sum = (column: 'source' | 'target', ids: number[]) => ids.length === 0 ? 0 : dated
    ? q(`SELECT count(*) AS n FROM events WHERE ${column} IN ${list(ids)}${range}`, ...ids)
    : q(`SELECT sum(n_${column}) AS n FROM actors WHERE rowid IN ${list(ids)}`, ...ids);
  const overlap = p.source.length && p.target.length ? both() : 0;
  return sum('source', p.source) + sum('target', p.target) - overlap;
}
