import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type Database from 'better-sqlite3';
import { ReadoutError } from '../errors/readout-error.js';
import { DEFAULT_DB, openStore } from '../store/open-store.js';

export function withDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'the database file', DEFAULT_DB);
}

/** Opens the database for a query command: it must exist already. */
export function openExistingStore(path: string): Database.Database {
  if (!existsSync(path)) throw new ReadoutError('STORE_OPEN', 'no database here; create it with `readout ingest`', { input: path });
  return openStore(path);
}

export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ReadoutError('USAGE', `--${name} must be a whole number, got ${value}`);
  return n;
}
