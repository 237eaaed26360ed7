import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let s = byDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    byDb.set(sql, s);
  }
  return s;
}

/** Rows per multi-row statement in `insertRows` (a few hundred bound values). */
const ROWS_PER_STATEMENT = 64;

/**
 * Runs `head VALUES (?, ...), (?, ...) tail` for all rows, several rows per statement: one
 * statement instead of one per row (each row an array of `width` values).
 */
export function insertRows(db: Database.Database, head: string, width: number, rows: readonly unknown[][], tail = ''): void {
  const tuple = `(${new Array(width).fill('?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    stmt(db, `${head} VALUES ${new Array(chunk.length).fill(tuple).join(', ')}${tail}`).run(...chunk.flat());
  }
}
