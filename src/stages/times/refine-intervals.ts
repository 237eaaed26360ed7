import { addDays, addMonths, formatDay, formatMonth, parseDay, type Day } from './calendar.js';
import { decide, type RefineContext, type Refiner } from './refine-context.js';
import type { Decided, TimeCandidate } from './time-candidate.js';

const ENDING = /\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|finish(?:es|ed)?|until|till|culminat(?:ed|ing))\b/i;
const BEGINNING = /\b(?:beg(?:an|un|ins?)|start(?:s|ed)?|launch(?:es|ed)?|open(?:s|ed)?)\b/i;

function shift(day: Day, d: NonNullable<TimeCandidate['duration']>, sign: 1 | -1): Day | null {
  if (d.count === null) return null;
  const n = d.count * sign;
  switch (d.unit) {
    case 'day': return addDays(day, n);
    case 'week': return addDays(day, 7 * n);
    case 'month': { const m = addMonths(day.year, day.month, n); return { ...m, day: Math.min(day.day, 28) }; }
    case 'year': return { ...day, year: day.year + n };
    default: return null;
  }
}

/** The day-precise date of the same sentence that a duration ends or starts at, with the words between. */
function partner(c: Decided, list: Decided[], ctx: RefineContext): { date: Decided; ends: boolean } | null {
  for (const other of list) {
    if (other === c || other.sentence !== c.sentence || other.kind !== 'date' || other.value?.length !== 10) continue;
    const between = other.start > c.end ? ctx.text.slice(c.end, other.start) : ctx.text.slice(other.end, c.start);
    if (ENDING.test(between) || /\bto an end\b/i.test(between)) return { date: other, ends: true };
    if (BEGINNING.test(between)) return { date: other, ends: false };
  }
  return null;
}

/**
 * A duration is a length, not a date ("five-decade-long rule", "the next fifty years"). When the same
 * sentence says when it ended or began ("an 11-day offensive ... ended on December 8") it gives a range.
 */
export const resolveDurations: Refiner = (list, ctx) => {
  for (const c of list) {
    if (c.kind !== 'duration' || !c.duration) continue;
    const p = partner(c, list, ctx);
    const other = p ? shift(parseDay(p.date.value!), c.duration, p.ends ? -1 : 1) : null;
    if (p && other) {
      const [from, to] = p.ends ? [formatDay(other), p.date.value!] : [p.date.value!, formatDay(other)];
      decide(c, p.ends ? 'duration-ending' : 'duration-starting', { range: { from, to }, resolution: 'inferred', reason: `a length of time; range from the date it ${p.ends ? 'ended' : 'began'}` });
    } else decide(c, 'duration', { resolution: 'unresolved', reason: 'a length of time, not a date' });
  }
  return list;
};

/**
 * "three months after the fall of Assad": resolved only when a date follows the "after"/"before"
 * directly ("three days after December 8"); otherwise kept unresolved, the reason naming the event.
 */
export const resolveAnchored: Refiner = (list, ctx) => {
  for (const c of list) {
    if (!c.anchor || !c.duration) continue;
    const next = list.find((o) => o.start >= c.anchor!.end && o.start - c.anchor!.end <= 4 && o.value);
    const sign = c.anchor.direction === 'after' ? 1 : -1;
    if (next?.value) {
      const day = next.value.length === 10 ? parseDay(next.value) : null;
      const shifted = day ? shift(day, c.duration, sign) : null;
      if (shifted) {
        decide(c, 'anchored-date', { value: formatDay(shifted), resolution: 'inferred' });
        continue;
      }
      if (next.value.length === 7 && c.duration.unit === 'month' && c.duration.count !== null) {
        const [y, m] = next.value.split('-').map(Number);
        const r = addMonths(y!, m!, sign * c.duration.count);
        decide(c, 'anchored-month', { value: formatMonth(r.year, r.month), resolution: 'inferred' });
        continue;
      }
    }
    decide(c, 'anchored-event', { resolution: 'unresolved', reason: `relative to an event: ${c.anchor.direction} ${c.anchor.text}` });
  }
  return list;
};
