import type { Refiner } from './refine-context.js';
import type { Decided } from './time-candidate.js';

/** Overlapping candidates: the longer span wins; on equal length our own parsers beat chrono's. */
export const mergeOverlaps: Refiner = (list) => {
  const sorted = [...list].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Decided[] = [];
  for (const c of sorted) {
    const at = firstClash(kept, c);
    if (at < 0) { kept.push(c); continue; }
    const clash = kept[at]!;
    const longer = (c.end - c.start) - (clash.end - clash.start);
    if (longer > 0 || (longer === 0 && c.source.startsWith('own:') && !clash.source.startsWith('own:'))) {
      kept[at] = c;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
};

/**
 * Index of the first kept span overlapping `c`, or -1. Kept spans do not overlap and start no later
 * than `c`, so their ends grow: the walk from the end stops at the first non-empty span ending
 * before `c` starts (linear over the article instead of quadratic).
 */
function firstClash(kept: readonly Decided[], c: Decided): number {
  let found = -1;
  for (let j = kept.length - 1; j >= 0; j--) {
    const k = kept[j]!;
    if (c.start < k.end && k.start < c.end) found = j;
    else if (k.end <= c.start && k.start < k.end) break;
  }
  return found;
}

const MONTH_ONLY = /^(?:may|march|june|july|august|sat|sun|wed)$/;

/**
 * Not event dates: "now", a time of day alone ("night", "at dawn"), a lower-case word that chrono
 * reads as a month ("may"). A duration is kept (kind "duration") but is never a date.
 */
export const dropNoise: Refiner = (list, ctx) =>
  list.filter((c) => {
    if (c.noise) return false;
    const s = ctx.text.slice(c.start, c.end);
    if (MONTH_ONLY.test(s)) return false;
    return true;
  });

/** Without a publication date nothing relative is resolved: chrono would count from the clock. */
export const guardNoPublication: Refiner = (list, ctx) => {
  if (ctx.published) return list;
  for (const c of list) {
    if (c.resolution === 'relative' || c.resolution === 'inferred') {
      c.value = null;
      c.range = null;
      c.resolution = 'unresolved';
      c.reason = 'no publication date to count from';
      c.rules.push('no-publication');
    }
  }
  return list;
};
