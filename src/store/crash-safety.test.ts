import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../test-support/synthetic-articles.js';
import { openStore } from './open-store.js';
import { checkStore } from './store-integrity.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'readout');
const COUNT = 600;

function storedArticles(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // schema not created yet
  }
}

/** Starts an ingest and kills it with SIGKILL once at least `after` articles are committed. */
async function ingestAndKill(corpus: string, db: string, after: number): Promise<number> {
  const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--batch', '16'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let seen = 0;
  for (let i = 0; i < 2000; i++) {
    seen = storedArticles(db);
    if (seen >= after || child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  await exited;
  return seen;
}

describe('crash safety', () => {
  it('killed with SIGKILL mid-ingest, again and again, a rerun finishes with nothing lost, duplicated or half-written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-crash-'));
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, syntheticArticles(COUNT).map((a) => JSON.stringify(a)).join('\n'));
    const db = join(dir, 'crash.db');
    const progress: number[] = [];
    for (const after of [1, 120, 300]) {
      await ingestAndKill(corpus, db, after);
      progress.push(storedArticles(db));
      const check = openStore(db);
      try {
        expect(checkStore(check)).toEqual([]);
      } finally {
        check.close();
      }
    }
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress.at(-1)).toBeLessThan(COUNT); // really killed before the end
    const rerun = spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', db], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/unchanged [1-9]\d*/);
    const store = openStore(db);
    try {
      expect(checkStore(store)).toEqual([]);
      expect((store.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(COUNT);
      expect((store.prepare('SELECT count(DISTINCT id) AS n FROM articles').get() as { n: number }).n).toBe(COUNT);
      expect((store.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(COUNT);
    } finally {
      store.close();
    }
  }, 120000);
});
