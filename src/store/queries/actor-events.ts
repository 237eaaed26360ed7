import type Database from 'better-sqlite3';
import { stmt } from '../prepared.js';
import type { EventFilter } from './event-filter.js';
import { resolveEventActors } from './resolve-actors.js';

/** Most actor ids or codes a term may match for the per-key index walk (beyond, the general query runs). */
const MAX_IDS = 200;

/** The events of one role matched by stored actor ids (`source`, `target`) or by the events' own codes (`source_code`, `target_code`). */
export interface RoleKeys {
  column: 'source' | 'target' | 'source_code' | 'target_code';
  values: (number | string)[];
}

export interface ActorPlan {
  /** Events whose source matches `source`, or whose target matches `target`. */
  source: RoleKeys;
  target: RoleKeys;
  /** Both roles must match (--source and --target given together). */
  both: boolean;
  from: number;
  to: number;
}

const day = (s: string | undefined, fallback: number) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? Number(s.replaceAll('-', '')) : fallback);

function roleKeys(db: Database.Database, term: string | undefined, role: 'source' | 'target'): RoleKeys {
  if (!term) return { column: role, values: [] };
  const m = resolveEventActors(db, term);
  return m.codes.length > 0 ? { column: `${role}_code`, values: m.codes } : { column: role, values: m.actors };
}

/**
 * A plan for the common question "events of this actor (in these dates)": walk the (source, day),
 * (target, day), (source_code, day) and (target_code, day) indexes per key, newest first, instead of
 * gathering and sorting every event of a busy actor. Null when the filter has other conditions (the
 * general query handles those). Within one role the keys match disjoint events (one actor row and
 * one code per event), so counts add up.
 */
export function actorPlan(db: Database.Database, f: EventFilter): ActorPlan | null {
  const other = (['code', 'root', 'plover', 'quad', 'place', 'text', 'article'] as const).some((k) => f[k] !== undefined && f[k] !== '');
  const roles = [f.actor, f.source, f.target].filter(Boolean).length;
  if (other || roles !== 1 && !(roles === 2 && f.source && f.target)) return null;
  if ((f.since && !/^\d{4}-\d{2}-\d{2}$/.test(f.since)) || (f.until && !/^\d{4}-\d{2}-\d{2}$/.test(f.until))) return null;
  const range = { from: day(f.since, 0), to: day(f.until, 99999999) };
  const source = roleKeys(db, f.actor ?? f.source, 'source');
  const target = roleKeys(db, f.actor ?? f.target, 'target');
  if (source.values.length > MAX_IDS || target.values.length > MAX_IDS) return null;
  if (f.source && f.target) return source.values.length * target.values.length > MAX_IDS * 4 ? null : { source, target, both: true, ...range };
  return { source, target, both: false, ...range };
}

/** Row ids of the newest `n` events of the plan, newest first (ties: larger id first; undated last). */
export function planRowids(db: Database.Database, p: ActorPlan, n: number): number[] {
  const rows = new Map<number, number>();
  const dated = !(p.from === 0 && p.to === 99999999);
  const range = dated ? 'AND day BETWEEN ? AND ?' : '';
  const run = (sql: string, ...keys: (number | string)[]) => {
    const params = dated ? [...keys, p.from, p.to, n] : [...keys, n];
    for (const r of stmt(db, sql).all(...params) as { rowid: number; day: number | null }[]) rows.set(r.rowid, r.day ?? -1);
  };
  if (p.both) {
    for (const s of p.source.values) {
      for (const t of p.target.values) run(`SELECT rowid, day FROM events WHERE ${p.source.column} = ? AND ${p.target.column} = ? ${range} ORDER BY day DESC, rowid DESC LIMIT ?`, s, t);
    }
  } else {
    for (const k of p.source.values) run(`SELECT rowid, day FROM events WHERE ${p.source.column} = ? ${range} ORDER BY day DESC, rowid DESC LIMIT ?`, k);
    for (const k of p.target.values) run(`SELECT rowid, day FROM events WHERE ${p.target.column} = ? ${range} ORDER BY day DESC, rowid DESC LIMIT ?`, k);
  }
  return [...rows.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, n).map(([id]) => id);
}

/** How many events the plan matches: from the actors' event counters when no dates are given and the keys are actors, else from index counts. */
export function planCount(db: Database.Database, p: ActorPlan): number {
  const list = (keys: unknown[]) => `(${keys.map(() => '?').join(',') || 'NULL'})`;
  const dated = !(p.from === 0 && p.to === 99999999);
  const range = dated ? ' AND day BETWEEN ? AND ?' : '';
  const q = (sql: string, ...keys: unknown[]) => (db.prepare(sql).get(...keys, ...(dated && /day BETWEEN/.test(sql) ? [p.from, p.to] : [])) as { n: number | null }).n ?? 0;
  // between two codes: the (target_code, day, source_code) index answers alone (no row look-ups)
  const index = p.source.column === 'source_code' && p.target.column === 'target_code' ? ' INDEXED BY events_target_code' : '';
  const both = () => q(`SELECT count(*) AS n FROM events${index} WHERE ${p.source.column} IN ${list(p.source.values)} AND ${p.target.column} IN ${list(p.target.values)}${range}`,
    ...p.source.values, ...p.target.values);
  if (p.both) return both();
  const sum = (k: RoleKeys) => {
    if (k.values.length === 0) return 0;
    if (!dated && (k.column === 'source' || k.column === 'target')) return q(`SELECT sum(n_${k.column}) AS n FROM actors WHERE rowid IN ${list(k.values)}`, ...k.values);
    return q(`SELECT count(*) AS n FROM events WHERE ${k.column} IN ${list(k.values)}${range}`, ...k.values);
  };
  const overlap = p.source.values.length && p.target.values.length ? both() : 0;
  return sum(p.source) + sum(p.target) - overlap;
}
