import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor } from '../extract/extractor.js';
import { ExtractorPool } from '../extract/extractor-pool.js';
import { openStore } from '../store/open-store.js';
import { countEvents, dyad, findEvents } from '../store/queries/index.js';
import { storeResults, storeResultsInPool } from '../store/ingest-run.js';
import type { DocumentExtractor } from '../store/store-writer.js';
import { seededRandom } from '../test-support/synthetic-articles.js';
import { ingestCorpus, type Corpus } from './corpus.js';
import { fmt, percentile } from './stats.js';
import { actorCode, actorName, SYNTHETIC_COUNTRIES, syntheticStore } from './synthetic-store.js';

/**
 * Ingest (extract + store) throughput, one thread: each round stores the corpus into a fresh database.
 * Creating the database (schema, indexes: 30-70 ms, once per database, not per article) is outside the
 * timing; storing, committing and the final checkpoint are inside.
 */
export function benchIngest(corpus: Corpus, minSeconds = 3): string {
  const extractor = new Extractor();
  ingestCorpus(corpus).forEach((a) => extractor.extract(a)); // warm up (models, knowledge, compiled code) before timing, as benchExtract does
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-ingest-'));
  const load = loadavg();
  let articles = 0;
  let rounds = 0;
  let bytes = 0;
  let ms = 0;
  let cpuMicros = 0;
  while (ms < minSeconds * 1000 || rounds === 0) {
    const path = join(dir, `round-${rounds}.db`);
    const empty = (() => {
      const db = openStore(path);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      return statSync(path).size;
    })();
    const db = openStore(path);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const stats = storeResults(db, extractor, ingestCorpus(corpus).map((value) => ({ ok: true as const, value })), {});
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    ms += performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    cpuMicros += cpu.user + cpu.system;
    articles += stats.stored;
    if (rounds === 0) bytes = (statSync(path).size - empty) / Math.max(1, stats.stored);
    rounds++;
    rmSync(path, { force: true });
  }
  const seconds = ms / 1000;
  const cpuSeconds = cpuMicros / 1e6;
  rmSync(dir, { recursive: true, force: true });
  return [
    `ingest (read + extract + store, ${extractor.stages.map((s) => s.name).join(' > ')}), one thread, ${rounds} rounds into fresh databases (load average before: ${load.map((l) => fmt(l, 1)).join(', ')}):`,
    `  ${articles} articles in ${fmt(seconds, 2)} s: ${fmt(articles / seconds)} articles/s (${fmt(articles / cpuSeconds)} articles per CPU-second; creating each database is not timed)`,
    `  database size: ${fmt((bytes * 1000) / 1e6, 2)} MB per 1,000 articles (${fmt(bytes / 1024, 1)} KB per article, whole documents included)`,
  ].join('\n');
}

/**
 * The store's own cost, independent of extraction: the corpus is extracted once, then each round
 * stores the same documents into a fresh database (the writer's stand-in extractor hands back the
 * pre-extracted document), so the figure is hashing, shingling, compression and SQLite only.
 */
export function benchStoreOnly(corpus: Corpus, minSeconds = 3): string {
  const extractor = new Extractor();
  const ingested = ingestCorpus(corpus);
  const docs = new Map(ingested.map((a) => [a.article.id, extractor.extract(a)]));
  const stored: DocumentExtractor = { stages: extractor.stages, extract: (a) => docs.get(a.article.id)! };
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-store-'));
  const load = loadavg();
  let articles = 0;
  let rounds = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  while (seconds < minSeconds || rounds < 2) {
    const path = join(dir, `round-${rounds}.db`);
    const db = openStore(path);
    const results = ingested.map((value) => ({ ok: true as const, value }));
    const c = process.cpuUsage();
    const t = performance.now();
    const stats = storeResults(db, stored, results, {});
    if (rounds > 0) { // the first round warms up
      seconds += (performance.now() - t) / 1000;
      const used = process.cpuUsage(c);
      cpuSeconds += (used.user + used.system) / 1e6;
      articles += stats.stored;
    }
    db.close();
    rounds++;
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  return [
    `store only (pre-extracted documents into fresh databases; load average before: ${load.map((l) => fmt(l, 1)).join(', ')}):`,
    `  ${articles} articles in ${fmt(seconds, 2)} s: ${fmt((seconds * 1000) / articles, 2)} ms per article wall, ${fmt((cpuSeconds * 1000) / articles, 2)} ms CPU`,
  ].join('\n');
}

/** Wall and CPU time of each run (CPU time of this process: what the query costs when other work competes for the cores). */
function timeRuns(runs: number, f: (i: number) => void): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    f(i);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const line = (name: string, t: { wall: number[]; cpu: number[] }) =>
  `  ${name}: p50 ${fmt(percentile(t.wall, 50), 2)} ms, p95 ${fmt(percentile(t.wall, 95), 2)} ms, max ${fmt(t.wall.at(-1)!, 2)} ms wall; ` +
  `p95 ${fmt(percentile(t.cpu, 95), 2)} ms CPU (${t.wall.length} queries)`;

/** Query latency over a synthetic store of `events` root events. */
export function benchQueries(events = 1_000_000, runs = 200): string {
  const load = loadavg();
  const built = syntheticStore(events);
  const db = openStore(built.path);
  const rnd = seededRandom(9);
  const actor = () => actorName(Math.floor(SYNTHETIC_COUNTRIES * rnd() ** 2), Math.floor(rnd() * 8));
  const range = () => {
    const y = 2015 + Math.floor(rnd() * 9);
    const m = 1 + Math.floor(rnd() * 9);
    return { since: `${y}-${String(m).padStart(2, '0')}-01`, until: `${y}-${String(m + 3).padStart(2, '0')}-28` };
  };
  findEvents(db, { actor: actor() }); // warm the cache
  const dyadTimes = timeRuns(runs, () => dyad(db, actor(), actor(), { by: 'week', ...range() }));
  const actorTimes = timeRuns(runs, () => {
    const a = actor();
    findEvents(db, { actor: a }, { limit: 100 });
    countEvents(db, { actor: a });
  });
  const actorRange = timeRuns(runs, () => findEvents(db, { actor: actor(), ...range() }, { limit: 100 }));
  // by code: the events' own codes (walked per code on the (source_code, day) and (target_code, day) indexes)
  const byCode = timeRuns(runs, () => {
    const c = actorCode(Math.floor(SYNTHETIC_COUNTRIES * rnd() ** 2), Math.floor(rnd() * 8));
    findEvents(db, { actor: c }, { limit: 100 });
    countEvents(db, { actor: c });
  });
  const busiest = actorName(0, 0);
  const busiestCount = countEvents(db, { actor: busiest });
  const busiestTimes = timeRuns(20, () => findEvents(db, { actor: busiest }, { limit: 100 }));
  const total = countEvents(db);
  db.close();
  return [
    `load average before: ${load.map((l) => fmt(l, 1)).join(', ')} on ${cpus().length} cores (wall times include waiting for a core)`,
    `queries over ${fmt(total, 0)} synthetic root events (${built.built ? `built in ${fmt(built.seconds, 1)} s` : 'cached'}: ${built.path}):`,
    line('dyad A B, one quarter, by week (both directions)', dyadTimes),
    line('actor: newest 100 events + total count', actorTimes),
    line('actor + one quarter: newest 100 events', actorRange),
    line('actor by code (C07GOV): newest 100 events + total count', byCode),
    line(`busiest actor (${fmt(busiestCount, 0)} events): newest 100`, busiestTimes),
  ].join('\n');
}

/**
 * Ingest with extraction on `jobs` worker threads (`readout ingest --jobs N`), the store in this
 * thread; the workers are started and warmed up before timing. On a machine with fewer free cores
 * than jobs + 1 the threads share them.
 */
export async function benchIngestJobs(corpus: Corpus, jobs: number, minSeconds = 3): Promise<string> {
  const pool = new ExtractorPool(jobs);
  try {
    const articles = ingestCorpus(corpus);
    // warm up every worker as benchIngest warms its one extractor: each sees about the whole corpus once, on
    // the path the timed rounds take (extract and encode). With one pass shared by the workers, each was
    // still compiling (a JIT of its own) through the timed rounds, which then measured mostly warm-up.
    for (let pass = 0; pass < jobs; pass++) await Promise.all(articles.map((a) => pool.extractForStore(a)));
    const dir = mkdtempSync(join(tmpdir(), 'readout-bench-jobs-'));
    const load = loadavg();
    let stored = 0;
    let rounds = 0;
    let ms = 0;
    let cpuMicros = 0; // every thread of the process: the workers' CPU too
    while (ms < minSeconds * 1000 || rounds === 0) {
      const path = join(dir, `round-${rounds}.db`);
      const db = openStore(path); // not timed, as in benchIngest
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const stats = await storeResultsInPool(db, pool, ingestCorpus(corpus).map((value) => ({ ok: true as const, value })), {});
      stored += stats.stored;
      db.close();
      ms += performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      cpuMicros += cpu.user + cpu.system;
      rounds++;
      rmSync(path, { force: true });
    }
    const seconds = ms / 1000;
    rmSync(dir, { recursive: true, force: true });
    return `ingest with --jobs ${jobs} (extraction on ${jobs} worker threads, store in the main thread; ${cpus().length} cores, load average before: ${load.map((l) => fmt(l, 1)).join(', ')}):\n  ${stored} articles in ${fmt(seconds, 2)} s: ${fmt(stored / seconds)} articles/s (${fmt(stored / (cpuMicros / 1e6))} articles per CPU-second, all threads)`;
  } finally {
    await pool.close();
  }
}
