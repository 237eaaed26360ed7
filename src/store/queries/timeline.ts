import type Database from 'better-sqlite3';
import { periodSql, round, type Period } from './dyad.js';
import { eventWhere, type EventFilter } from './event-filter.js';

export interface TimelineRow {
  period: string;
  events: number;
  mentions: number;
  /** Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  goldsteinMean: number;
}

/** Events over time (any event filter), per period, split by quad class. */
export function timeline(db: Database.Database, filter: EventFilter = {}, by: Period = 'day'): TimelineRow[] {
  const w = eventWhere(db, filter);
  if (w.empty) return [];
  const where = w.sql ? `${w.sql} AND e.day IS NOT NULL` : 'WHERE e.day IS NOT NULL';
  const sql = `SELECT ${periodSql(by)} AS period, count(*) AS events, sum(e.num_mentions) AS mentions,
      sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, sum(e.quad = 3) AS q3, sum(e.quad = 4) AS q4, avg(e.goldstein) AS gmean
    FROM events e ${where} GROUP BY period ORDER BY period`;
  return (db.prepare(sql).all(...w.params) as { period: string; events: number; mentions: number; q1: number; q2: number; q3: number; q4: number; gmean: number }[]).map((r) => ({
    period: r.period, events: r.events, mentions: r.mentions, quad1: r.q1, quad2: r.q2, quad3: r.q3, quad4: r.q4, goldsteinMean: round(r.gmean),
  }));
}
