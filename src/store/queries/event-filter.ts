import type Database from 'better-sqlite3';
import { ReadoutError } from '../../errors/readout-error.js';
import { resolveEventActors } from './resolve-actors.js';

/** The filters of `readout events` (and of the HTTP API's events endpoint). All optional, combined with AND. */
export interface EventFilter {
  /** Source or target: name, alias, knowledge-base id or actor id (the stored actor), or CAMEO code (prefix) or country code (the event's own code). */
  actor?: string;
  source?: string;
  target?: string;
  /** CAMEO event code, exact (e.g. 190) or, ending with *, a prefix (e.g. 19*). */
  code?: string;
  /** CAMEO root code (two digits). */
  root?: string;
  /** PLOVER event type (e.g. ASSAULT). */
  plover?: string;
  /** Quad class 1-4. */
  quad?: number;
  /** First and last day, YYYY-MM-DD, inclusive. */
  since?: string;
  until?: string;
  /** Place name (contained) or country code of the event's location. */
  place?: string;
  /** Full-text search (FTS5 syntax) over the sentences that report the event. */
  text?: string;
  /** Only events mentioned in this article (article id). */
  article?: string;
}

export interface WhereClause {
  sql: string;
  params: unknown[];
  /** True when an actor filter matched no stored actor: the answer is empty. */
  empty: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string, name: string): number {
  if (!DAY.test(value)) throw new ReadoutError('USAGE', `--${name} must be YYYY-MM-DD, got "${value}"`);
  return Number(value.replaceAll('-', ''));
}

const inList = (ids: readonly unknown[]) => `(${ids.map(() => '?').join(',')})`;

/** The WHERE clause over `events e` for a filter. */
export function eventWhere(db: Database.Database, f: EventFilter): WhereClause {
  const parts: string[] = [];
  const params: unknown[] = [];
  let empty = false;
  /** The condition on one role (`source` or `target`) for an actor term: stored actors, or the events' own codes. */
  const role = (term: string, column: 'source' | 'target'): { sql: string; params: unknown[] } => {
    const m = resolveEventActors(db, term);
    if (m.codes.length > 0) return { sql: `${column}_code IN ${inList(m.codes)}`, params: m.codes };
    if (m.actors.length === 0) empty = true;
    const ids = m.actors.length ? m.actors : [-1];
    return { sql: `${column} IN ${inList(ids)}`, params: ids };
  };
  if (f.actor) {
    const s = role(f.actor, 'source');
    const t = role(f.actor, 'target');
    parts.push(`e.rowid IN (SELECT rowid FROM events WHERE ${s.sql} UNION ALL SELECT rowid FROM events WHERE ${t.sql})`);
    params.push(...s.params, ...t.params);
  }
  for (const column of ['source', 'target'] as const) {
    const term = f[column];
    if (!term) continue;
    const c = role(term, column);
    parts.push(`e.${c.sql}`);
    params.push(...c.params);
  }
  if (f.code) {
    if (f.code.endsWith('*')) {
      parts.push("e.code >= ? AND e.code < ? || '~'");
      params.push(f.code.slice(0, -1), f.code.slice(0, -1));
    } else {
      parts.push('e.code = ?');
      params.push(f.code);
    }
  }
  if (f.root) {
    parts.push('e.root = ?');
    params.push(f.root.padStart(2, '0'));
  }
  if (f.plover) {
    parts.push('e.plover = ? COLLATE NOCASE');
    params.push(f.plover);
  }
  if (f.quad !== undefined) {
    if (![1, 2, 3, 4].includes(f.quad)) throw new ReadoutError('USAGE', `--quad must be 1, 2, 3 or 4, got ${f.quad}`);
    parts.push('e.quad = ?');
    params.push(f.quad);
  }
  if (f.since) {
    parts.push('e.day >= ?');
    params.push(day(f.since, 'since'));
  }
  if (f.until) {
    parts.push('e.day <= ?');
    params.push(day(f.until, 'until'));
  }
  if (f.place) {
    parts.push("(e.place LIKE ? ESCAPE '\\' OR e.place_country = ?)");
    params.push(`%${f.place.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, f.place.toUpperCase());
  }
  if (f.text) {
    try {
      db.prepare('SELECT 1 FROM mention_text WHERE mention_text MATCH ? LIMIT 1').get(f.text);
    } catch (e) {
      throw new ReadoutError('USAGE', `--text is not a valid full-text query (FTS5 syntax): ${(e as Error).message}`);
    }
    parts.push('e.rowid IN (SELECT m.event FROM mention_text JOIN event_mentions m ON m.rowid = mention_text.rowid WHERE mention_text MATCH ?)');
    params.push(f.text);
  }
  if (f.article) {
    parts.push('e.rowid IN (SELECT m.event FROM event_mentions m JOIN articles a ON a.rowid = m.article WHERE a.id = ?)');
    params.push(f.article);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, empty };
}
