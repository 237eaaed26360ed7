import type Database from 'better-sqlite3';
import { eventWhere, type EventFilter } from './event-filter.js';
import { resolveEventActors, type EventActorMatch } from './resolve-actors.js';

export type Period = 'day' | 'week' | 'month' | 'year';

/** SQL for the period label of `e.day` (YYYYMMDD): the day, the Monday of its week, its month, its year. */
export function periodSql(by: Period): string {
  const date = "printf('%04d-%02d-%02d', e.day / 10000, e.day / 100 % 100, e.day % 100)";
  switch (by) {
    case 'day': return date;
    case 'week': return `date(${date}, '-6 days', 'weekday 1')`;
    case 'month': return "printf('%04d-%02d', e.day / 10000, e.day / 100 % 100)";
    case 'year': return "printf('%04d', e.day / 10000)";
  }
}

export interface DyadRow {
  period: string;
  /** Root events, and mentions of them. */
  events: number;
  mentions: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface DyadOptions {
  by?: Period;
  since?: string;
  until?: string;
  /** Only A acting on B (default: both directions). */
  directed?: boolean;
}

/** Events between two actors (each: name, code, country or id) per period, with Goldstein sum and mean. */
export function dyad(db: Database.Database, a: string, b: string, options: DyadOptions = {}): DyadRow[] {
  const as = resolveEventActors(db, a);
  const bs = resolveEventActors(db, b);
  const none = (m: EventActorMatch) => m.actors.length === 0 && m.codes.length === 0;
  if (none(as) || none(bs)) return [];
  const dates = eventWhere(db, { since: options.since, until: options.until } satisfies EventFilter);
  const list = (ids: readonly unknown[]) => `(${ids.map(() => '?').join(',')})`;
  // a code or country matches the event's own code, a name the stored actor
  const role = (m: EventActorMatch, column: 'source' | 'target') => (m.codes.length > 0
    ? { sql: `e.${column}_code IN ${list(m.codes)}`, params: m.codes as unknown[] }
    : { sql: `e.${column} IN ${list(m.actors)}`, params: m.actors as unknown[] });
  const pair = (x: EventActorMatch, y: EventActorMatch) => {
    const s = role(x, 'source');
    const t = role(y, 'target');
    return { sql: `(${s.sql} AND ${t.sql})`, params: [...s.params, ...t.params] };
  };
  const ab = pair(as, bs);
  const pairs = [ab.sql];
  const params: unknown[] = [...ab.params];
  if (!options.directed) {
    const ba = pair(bs, as);
    pairs.push(ba.sql);
    params.push(...ba.params);
  }
  const extra = dates.sql ? ` AND ${dates.sql.slice('WHERE '.length)}` : '';
  const sql = `SELECT ${periodSql(options.by ?? 'day')} AS period, count(*) AS events, sum(e.num_mentions) AS mentions,
      sum(e.goldstein) AS gsum, avg(e.goldstein) AS gmean
    FROM events e WHERE (${pairs.join(' OR ')}) AND e.day IS NOT NULL${extra} GROUP BY period ORDER BY period`;
  return (db.prepare(sql).all(...params, ...dates.params) as { period: string; events: number; mentions: number; gsum: number; gmean: number }[])
    .map((r) => ({ period: r.period, events: r.events, mentions: r.mentions, goldsteinSum: round(r.gsum), goldsteinMean: round(r.gmean) }));
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
