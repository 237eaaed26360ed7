import type Database from 'better-sqlite3';
import { eventWhere, type EventFilter } from '../queries/event-filter.js';

export interface NetworkNode {
  id: number;
  name: string;
  code: string | null;
  country: string | null;
  type: string | null;
  events: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  events: number;
  mentions: number;
  goldsteinMean: number;
}

/** Actors as nodes and directed dyads as edges (events, mentions, mean Goldstein) for the events matching the filter. */
export function actorNetwork(db: Database.Database, filter: EventFilter = {}): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const w = eventWhere(db, filter);
  if (w.empty) return { nodes: [], edges: [] };
  const cond = w.sql ? `${w.sql} AND e.target IS NOT NULL` : 'WHERE e.target IS NOT NULL';
  const edges = (db.prepare(`SELECT e.source, e.target, count(*) AS events, sum(e.num_mentions) AS mentions, avg(e.goldstein) AS gmean
      FROM events e ${cond} GROUP BY e.source, e.target ORDER BY e.source, e.target`).all(...w.params) as
      { source: number; target: number; events: number; mentions: number; gmean: number }[])
    .map((r) => ({ source: r.source, target: r.target, events: r.events, mentions: r.mentions, goldsteinMean: Math.round(r.gmean * 100) / 100 }));
  const degree = new Map<number, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.events);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.events);
  }
  const get = db.prepare('SELECT rowid AS id, name, code, country, type FROM actors WHERE rowid = ?');
  const nodes = [...degree.keys()].sort((a, b) => a - b).map((id) => ({ ...(get.get(id) as Omit<NetworkNode, 'events'>), events: degree.get(id)! }));
  return { nodes, edges };
}
