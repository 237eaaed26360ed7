import type Database from 'better-sqlite3';
import { ReadoutError } from '../../errors/readout-error.js';
import { resolveActors } from './resolve-actors.js';

/** The filters of `readout events` (and of the HTTP API's events endpoint). All optional, combined with AND. */
export interface EventFilter {
  /** Source or target: name, alias, CAMEO code (prefix), country code or knowledge-base id. */
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

const inList = (ids: number[]) => `(${ids.map(() => '?').join(',')})`;

/** The WHERE clause over `events e` for a filter. */
export function eventWhere(db: Database.Database, f: EventFilter): WhereClause {
  const parts: string[] = [];
  const params: unknown[] = [];
  let empty = false;
  const actorIds = (term: string): number[] => {
    const ids = resolveActors(db, term);
    if (ids.length === 0) empty = true;
    return ids.length ? ids : [-1];
  };
  if (f.actor) {
    const ids = actorIds(f.actor);
    parts.push(`e.rowid IN (SELECT rowid FROM events WHERE source IN ${inList(ids)} UNION ALL SELECT rowid FROM events WHERE target IN ${inList(ids)})`);
    params.push(...ids, ...ids);
  }
  if (f.source) {
    const ids = actorIds(f.source);
    parts.push(`e.source IN ${inList(ids)}`);
    params.push(...ids);
  }
  if (f.target) {
    const ids = actorIds(f.target);
    parts.push(`e.target IN ${inList(ids)}`);
    params.push(...ids);
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
    parts.push('e.rowid IN (SELECT m.event FROM mention_text JOIN event_mentions m ON m.rowid = mention_text.rowid WHERE mention_text MATCH ?)');
    params.push(f.text);
  }
  if (f.article) {
    parts.push('e.rowid IN (SELECT m.event FROM event_mentions m JOIN articles a ON a.rowid = m.article WHERE a.id = ?)');
    params.push(f.article);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, empty };
}
