import Database from 'better-sqlite3';
import { ReadoutError } from '../errors/readout-error.js';
import { migrate } from './migrations.js';

export const DEFAULT_DB = 'readout.db';

export interface OpenOptions {
  readonly?: boolean;
}

/**
 * Opens (creating if needed) a readout database: WAL journal, foreign keys on, schema migrated to
 * the current version. The caller closes it.
 */
export function openStore(path: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new ReadoutError('STORE_OPEN', `cannot open database: ${(e as Error).message}`, { input: path }, { cause: e });
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    if (!options.readonly) migrate(db, path);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof ReadoutError) throw e;
    throw new ReadoutError('STORE_OPEN', `not a readout database: ${(e as Error).message}`, { input: path }, { cause: e });
  }
}
