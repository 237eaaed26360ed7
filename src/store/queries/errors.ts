import type Database from 'better-sqlite3';

export interface ErrorRow {
  input: string;
  line: number | null;
  article: string | null;
  stage: string | null;
  code: string;
  message: string;
  firstAt: string;
  lastAt: string;
  seen: number;
}

/** Recorded failures, latest first. */
export function listErrors(db: Database.Database, page: { limit?: number; offset?: number } = {}): ErrorRow[] {
  return (db.prepare('SELECT * FROM errors ORDER BY last_at DESC, rowid DESC LIMIT ? OFFSET ?').all(page.limit ?? 100, page.offset ?? 0) as Record<string, unknown>[])
    .map((r) => ({
      input: r.input as string, line: (r.line as number) || null, article: (r.article_id as string) || null, stage: (r.stage as string) || null,
      code: r.code as string, message: r.message as string, firstAt: r.first_at as string, lastAt: r.last_at as string, seen: r.seen as number,
    }));
}
