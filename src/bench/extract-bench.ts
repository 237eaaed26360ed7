import { BATCH_SIZE, Extractor } from '../extract/extractor.js';
import type { Stage } from '../pipeline/stage.js';
import { STAGES } from '../pipeline/stages.js';
import { ingestCorpus, type Corpus } from './corpus.js';
import { fmt, percentile } from './stats.js';

/**
 * Ingestion + the pipeline up to and including `lastStage`, over the corpus, one thread: one warm-up
 * round, then `windows` windows of at least `windowSeconds` each (whole passes over the corpus).
 * A single window moves by 15-20% from run to run on this kind of machine (collector and compiler
 * threads, other processes), so the rate printed is the median window's, with the slowest and the
 * fastest beside it; p50/p95/max are over every article of every window (the time the stages spent
 * on it). Articles go through in batches of `BATCH_SIZE`, stage by stage, as `ingest` and `extract` read them.
 */
export function benchExtract(corpus: Corpus, lastStage: string, windows = 5, windowSeconds = 1.5): string {
  const upTo = STAGES.findIndex((s) => s.name === lastStage);
  const stages: Stage[] = STAGES.slice(0, upTo + 1);
  const extractor = new Extractor(stages);
  const warm = ingestCorpus(corpus);
  extractor.extractAll(warm);
  const times: number[] = [];
  const rates: Array<{ wall: number; cpu: number }> = [];
  let bytes = 0;
  let seconds = 0;
  for (let w = 0; w < windows; w++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < windowSeconds * 1000) {
      const articles = ingestCorpus(corpus);
      for (let i = 0; i < articles.length; i += BATCH_SIZE) {
        const batch = articles.slice(i, i + BATCH_SIZE);
        const spent: number[] = [];
        extractor.extractAll(batch, spent);
        times.push(...spent);
        for (const article of batch) bytes += Buffer.byteLength(article.text);
        n += batch.length;
      }
    }
    const wall = (performance.now() - t0) / 1000; // includes ingestion (JSONL parse, dateline)
    const cpu = process.cpuUsage(cpu0);
    seconds += wall;
    // on a busy machine wall time overstates the cost; CPU time counts the collector's threads too
    rates.push({ wall: n / wall, cpu: n / ((cpu.user + cpu.system) / 1e6) });
  }
  times.sort((a, b) => a - b);
  const byWall = [...rates].sort((a, b) => a.wall - b.wall);
  const median = byWall[Math.floor(byWall.length / 2)]!;
  return [
    `pipeline through "${lastStage}" (${stages.map((s) => s.name).join(' > ')}), ingestion included:`,
    `  ${times.length} articles in ${fmt(seconds, 2)} s, ${windows} windows: median ${fmt(median.wall)} articles/s (windows ${fmt(byWall[0]!.wall)}-${fmt(byWall.at(-1)!.wall)}; all windows ${fmt(times.length / seconds)}), ${fmt(bytes / 1e6 / seconds, 2)} MB/s (${fmt(median.cpu)} articles per CPU-second)`,
    `  per article: p50 ${fmt(percentile(times, 50), 2)} ms, p95 ${fmt(percentile(times, 95), 2)} ms, max ${fmt(times.at(-1)!, 2)} ms`,
  ].join('\n');
}
