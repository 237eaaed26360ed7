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
  let i = 0;
  for (let size = MAX_ROWS_PER_STATEMENT; size >= 1; size /= 2) {
    while (rows.length - i >= size) {
      multiRowStatement(db, head, width, size, tail).run(...flatRows(rows, i, size, width));
      i += size;
    }
  }
}

/**
 * The values of `size` rows from `from`, one after the other. A plain loop: `rows.slice().flat()` sets
 * each value through a runtime call (about a twentieth of the store's CPU in `Array.prototype.flat`).
 */
function flatRows(rows: readonly unknown[][], from: number, size: number, width: number): unknown[] {
  const values = new Array<unknown>(size * width);
  let k = 0;
  for (let r = from; r < from + size; r++) {
    const row = rows[r]!;
    for (let c = 0; c < width; c++) values[k++] = row[c];
  }
  return values;
}

/** Per connection: `head|width|tail` -> the statement for each number of rows (the SQL text is made and looked up once, not per call). */
const multiRow = new WeakMap<Database.Database, Map<string, Database.Statement[]>>();

function multiRowStatement(db: Database.Database, head: string, width: number, size: number, tail: string): Database.Statement {
  let byHead = multiRow.get(db);
  if (!byHead) {
    byHead = new Map();
    multiRow.set(db, byHead);
  }
  const key = `${head}|${width}|${tail}`;
  let bySize = byHead.get(key);
  if (!bySize) {
    bySize = [];
    byHead.set(key, bySize);
  }
  let s = bySize[size];
  if (!s) {
    const tuple = `(${new Array(width).fill('?').join(', ')})`;
    s = stmt(db, `${head} VALUES ${new Array(size).fill(tuple).join(', ')}${tail}`);
    bySize[size] = s;
  }
  return s;
}
