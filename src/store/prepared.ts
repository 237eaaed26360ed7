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

/** Most rows in one multi-row statement in `insertRows` (a few hundred bound values). */
const MAX_ROWS_PER_STATEMENT = 64;

/**
 * Runs `head VALUES (?, ...), (?, ...) tail` for all rows, several rows per statement: one
 * statement instead of one per row (each row an array of `width` values). The rows go in chunks of
 * 64, 32, 16, ... 1 rows (22 rows: 16 + 4 + 2), so that a connection prepares at most seven
 * statements per `head`, not one per number of rows (preparing a statement costs more than running it).
 */
export function insertRows(db: Database.Database, head: string, width: number, rows: readonly unknown[][], tail = ''): void {
  const tuple = `(${new Array(width).fill('?').join(', ')})`;
  let i = 0;
  for (let size = MAX_ROWS_PER_STATEMENT; size >= 1; size /= 2) {
    while (rows.length - i >= size) {
      const chunk = rows.slice(i, i + size);
      stmt(db, `${head} VALUES ${new Array(size).fill(tuple).join(', ')}${tail}`).run(...chunk.flat());
      i += size;
    }
  }
}
