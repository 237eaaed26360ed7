import type { IngestStats } from '../store/store-writer.js';

/**
 * Progress of a long ingest on a terminal (done of total, rate, errors), redrawn at most ten times a
 * second on stderr; silent when stderr is not a TTY.
 */
export class Progress {
  private last = 0;
  private t0 = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr, private readonly enabled = Boolean(stream.isTTY)) {}

  update(stats: IngestStats, total: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (this.t0 === 0) this.t0 = now - 1;
    if (now - this.last < 100 && stats.done < total) return;
    this.last = now;
    const rate = stats.done / Math.max(0.001, (now - this.t0) / 1000);
    this.stream.write(`\r\x1b[K  ${stats.done}/${total || '?'} articles  ${rate.toFixed(1)}/s  ${stats.failed} errors`);
  }

  end(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}

/** The closing summary of an ingest, for people. */
export function ingestSummary(stats: IngestStats & { total: number; seconds: number }, db: string): string {
  const rate = stats.done / Math.max(0.001, stats.seconds);
  return [
    `${stats.total} inputs read in ${stats.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s) into ${db}`,
    `  stored ${stats.stored} (${stats.replaced} replaced, ${stats.copies} syndicated copies), unchanged ${stats.unchanged}, failed ${stats.failed}`,
    `  ${stats.mentions} event mentions stored`,
    ...(stats.staleUnchanged > 0 ? [`  ${stats.staleUnchanged} unchanged articles were extracted with other knowledge or another readout version: \`readout reprocess --stale\` updates them`] : []),
  ].join('\n');
}
