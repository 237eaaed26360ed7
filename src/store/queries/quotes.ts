import type Database from 'better-sqlite3';
import { resolveActors } from './resolve-actors.js';

export interface QuoteRow {
  id: number;
  article: string;
  published: string | null;
  quoteId: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  speaker: { id: number; name: string; code: string | null } | null;
  speakerText: string | null;
  channel: string | null;
}

export interface QuoteQuery {
  /** Speaker: name, alias, code, country or knowledge-base id (also matched against the quote's own speaker text). */
  speaker?: string;
  article?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

/** Quotes, newest article first. */
export function listQuotes(db: Database.Database, q: QuoteQuery = {}): QuoteRow[] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (q.speaker) {
    const ids = resolveActors(db, q.speaker);
    parts.push(`(q.speaker IN (${ids.map(() => '?').join(',') || 'NULL'}) OR q.speaker_text LIKE ?)`);
    params.push(...ids, `%${q.speaker}%`);
  }
  if (q.article) {
    parts.push('a.id = ?');
    params.push(q.article);
  }
  if (q.since) {
    parts.push('a.published >= ?');
    params.push(q.since);
  }
  if (q.until) {
    parts.push('a.published <= ?');
    params.push(q.until);
  }
  const sql = `SELECT q.rowid AS id, a.id AS article, a.published, q.quote_id, q.kind, q.text, q.start, q.end, q.speaker_text, q.channel,
      s.rowid AS s_id, s.name AS s_name, s.code AS s_code
    FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN actors s ON s.rowid = q.speaker
    ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY a.published DESC, a.rowid DESC, q.start LIMIT ? OFFSET ?`;
  return (db.prepare(sql).all(...params, q.limit ?? 100, q.offset ?? 0) as Record<string, unknown>[]).map((r) => ({
    id: r.id as number, article: r.article as string, published: r.published as string | null, quoteId: r.quote_id as string,
    kind: r.kind as string, text: r.text as string, start: r.start as number, end: r.end as number,
    speaker: r.s_id === null ? null : { id: r.s_id as number, name: r.s_name as string, code: r.s_code as string | null },
    speakerText: r.speaker_text as string | null, channel: r.channel as string | null,
  }));
}
