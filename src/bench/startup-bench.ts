import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';
import { fmt, percentile } from './stats.js';

const BIN = join(PROJECT_ROOT, 'bin', 'readout');

/** Wall time of `readout extract` on a one-sentence article: process start, loading, one article, exit. */
export function benchStartup(runs = 7): string {
  const file = join(mkdtempSync(join(tmpdir(), 'readout-bench-')), 'tiny.txt');
  writeFileSync(file, 'BAGHDAD — Iraq and Syria agreed on Monday to reopen their embassies.\n');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    // the program itself, as a user runs it (its first line gives node its flags)
    const r = spawnSync(BIN, ['extract', file, '--date', '2024-12-30'], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) return `start-up: readout extract failed: ${r.stderr}`;
  }
  times.sort((a, b) => a - b);
  return `start-up (bin/readout extract on a one-line article, whole process, ${runs} runs): median ${fmt(percentile(times, 50), 0)} ms, min ${fmt(times[0]!, 0)} ms`;
}
