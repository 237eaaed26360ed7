import { describe, expect, it } from 'vitest';
import type { RefineContext } from './refine-context.js';
import { mergeOverlaps } from './refine-filter.js';
import { undecided, type Decided } from './time-candidate.js';

const candidate = (start: number, end: number, source: string): Decided => undecided({
  start, end, sentence: 0, kind: 'date', parts: {}, endParts: null, relative: null, direction: null, qualifier: null,
  duration: null, anchor: null, noise: null, source,
});
const ctx = {} as RefineContext;

/** The definition: in order of start (longer first), a span overlapping a kept one replaces it when longer, or as long and ours. */
function reference(list: Decided[]): Decided[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Decided[] = [];
  for (const c of sorted) {
    const clash = kept.find((k) => c.start < k.end && k.start < c.end);
    if (!clash) { kept.push(c); continue; }
    const longer = (c.end - c.start) - (clash.end - clash.start);
    if (longer > 0 || (longer === 0 && c.source.startsWith('own:') && !clash.source.startsWith('own:'))) kept[kept.indexOf(clash)] = c;
  }
  return kept.sort((a, b) => a.start - b.start);
}

describe('merging overlapping time candidates', () => {
  it('keeps the longer of two overlapping spans, and ours on a tie', () => {
    const list = [candidate(0, 6, 'chrono:casual'), candidate(0, 14, 'own:period'), candidate(20, 26, 'chrono:weekday'), candidate(20, 26, 'own:weekday'), candidate(40, 44, 'chrono:casual')];
    expect(mergeOverlaps(list, ctx).map((c) => [c.start, c.end, c.source])).toEqual([[0, 14, 'own:period'], [20, 26, 'own:weekday'], [40, 44, 'chrono:casual']]);
  });

  it('agrees with the definition on many random lists (it stops walking back at the first span that ends before)', () => {
    let seed = 11;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let round = 0; round < 300; round++) {
      const list = Array.from({ length: 1 + rnd(12) }, () => {
        const start = rnd(60);
        return candidate(start, start + 1 + rnd(15), rnd(2) === 0 ? 'own:x' : 'chrono:y');
      });
      expect(mergeOverlaps(list, ctx)).toEqual(reference(list));
    }
  });
});
