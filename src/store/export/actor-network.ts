import type Database from 'better-sqlite3';
import { eventWhere, type EventFilter } from '../queries/event-filter.js';

/** An actor as the events code it: one stored actor under one code (Assad as SYRGOV and as SYRELI are two nodes). */
export interface NetworkNode {
  /** `a<actor id>` or, with a code, `a<actor id>-<code>`. */
  id: string;
  actor: number;
  name: string;
  code: string | null;
  country: string | null;
  type: string | null;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  mentions: number;
  goldsteinMean: number;
}

const nodeId = (actor: number, code: string | null) => `a${actor}${code ? `-${code}` : ''}`;

/**
 * Actors as nodes and directed dyads as edges (events, mentions, mean Goldstein) for the events
 * matching the filter. A node is a stored actor under the code the events give it on their day.
 */
export function actorNetwork(db: Database.Database, filter: EventFilter = {}): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const w = eventWhere(db, filter);
  if (w.empty) return { nodes: [], edges: [] };
  const cond = w.sql ? `${w.sql} AND e.target IS NOT NULL` : 'WHERE e.target IS NOT NULL';
  const rows = db.prepare(`SELECT e.source, e.source_code, e.target, e.target_code, count(*) AS events, sum(e.num_mentions) AS mentions, avg(e.goldstein) AS gmean
      FROM events e ${cond} GROUP BY e.source, e.source_code, e.target, e.target_code ORDER BY e.source, e.source_code, e.target, e.target_code`).all(...w.params) as
      { source: number; source_code: string | null; target: number; target_code: string | null; events: number; mentions: number; gmean: number }[];
  const nodes = new Map<string, { actor: number; code: string | null; events: number }>();
  const touch = (actor: number, code: string | null, events: number) => {
    const id = nodeId(actor, code);
    const n = nodes.get(id) ?? { actor, code, events: 0 };
    n.events += events;
    nodes.set(id, n);
    return id;
  };
  const edges = rows.map((r) => ({
    source: touch(r.source, r.source_code, r.events), target: touch(r.target, r.target_code, r.events),
    events: r.events, mentions: r.mentions, goldsteinMean: Math.round(r.gmean * 100) / 100,
  }));
  const get = db.prepare(`SELECT a.name, a.type, a.country AS actor_country, c.country FROM actors a LEFT JOIN actor_codes c ON c.code = ? WHERE a.rowid = ?`);
  const list = [...nodes.entries()].sort((x, y) => x[1].actor - y[1].actor || (x[1].code ?? '').localeCompare(y[1].code ?? '')).map(([id, n]) => {
    const r = get.get(n.code, n.actor) as { name: string; type: string | null; actor_country: string | null; country: string | null };
    return { id, actor: n.actor, name: r.name, code: n.code, country: n.code ? r.country : r.actor_country, type: r.type, events: n.events };
  });
  return { nodes: list, edges };
}
