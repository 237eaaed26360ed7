import { cpus } from 'node:os';
import { fmt, percentile } from './stats.js';

/** The last loop's result (see `benchMachine`). */
export let loopResult = 0;

/** Steps of the fixed loop: about a quarter of a second on a fast core of 2026. */
const STEPS = 300_000_000;

/**
 * The speed of this machine's core on a fixed integer loop, so that figures from two runs can be
 * compared: machines of one kind differ (the same build ran 1.7 times faster on one whose loop took
 * 248 ms than on one whose loop took 575-854 ms).
 * The loop's result is kept in `loopResult` so that no compiler may drop the loop.
 */
export function benchMachine(runs = 5): string {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    let x = 0;
    for (let i = 0; i < STEPS; i++) x = (x + (i & 7)) | 0;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    loopResult = x;
  }
  times.sort((a, b) => a - b);
  const model = cpus()[0]?.model.trim() || 'unknown CPU';
  return `machine: ${model}, ${cpus().length} cores; a fixed loop of ${STEPS / 1e6}M integer steps: median ${fmt(percentile(times, 50), 0)} ms, range ${fmt(times[0]!, 0)}-${fmt(times.at(-1)!, 0)} ms of ${runs} (lower is faster; compare figures only between runs with close values)`;
}
