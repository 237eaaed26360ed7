import { Extractor } from '../extract/extractor.js';
import type { Stage } from '../pipeline/stage.js';
import { STAGES } from '../pipeline/stages.js';
import { ingestCorpus, type Corpus } from './corpus.js';
import { fmt, percentile } from './stats.js';

/**
 * Ingestion + the pipeline up to and including `lastStage`, over the corpus, repeated until at
 * least `minSeconds` have passed (after one warm-up round). One thread.
 */
export function benchExtract(corpus: Corpus, lastStage: string, minSeconds = 3): string {
  const upTo = STAGES.findIndex((s) => s.name === lastStage);
  const stages: Stage[] = STAGES.slice(0, upTo + 1);
  const extractor = new Extractor(stages);
  const warm = ingestCorpus(corpus);
  warm.forEach((a) => extractor.extract(a));
  const times: number[] = [];
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < minSeconds * 1000) {
    for (const article of ingestCorpus(corpus)) {
      const s = performance.now();
      extractor.extract(article);
      times.push(performance.now() - s);
      bytes += Buffer.byteLength(article.text);
    }
  }
  const total = (performance.now() - t0) / 1000; // includes ingestion (JSONL parse, dateline)
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6; // on a busy machine wall time overstates the cost
  times.sort((a, b) => a - b);
  return [
    `pipeline through "${lastStage}" (${stages.map((s) => s.name).join(' > ')}), ingestion included:`,
    `  ${times.length} articles in ${fmt(total, 2)} s: ${fmt(times.length / total)} articles/s, ${fmt(bytes / 1e6 / total, 2)} MB/s (${fmt(times.length / cpuSeconds)} articles per CPU-second)`,
    `  per article: p50 ${fmt(percentile(times, 50), 2)} ms, p95 ${fmt(percentile(times, 95), 2)} ms, max ${fmt(times.at(-1)!, 2)} ms`,
  ].join('\n');
}
