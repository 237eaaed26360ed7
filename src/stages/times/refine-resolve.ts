import { addDays, addMonths, compareDay, daysInMonth, formatDay, formatMonth, isValidDay, weekRange, weekday, type Day } from './calendar.js';
import { decide, type Refiner } from './refine-context.js';
import type { DateParts, Decided, TimeCandidate } from './time-candidate.js';

const QUALIFIED_MONTHS = { early: [1, 4], mid: [5, 8], late: [9, 12] } as const;
const QUALIFIED_DAYS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

/** Value at the precision the text gives: a day, a month or a year; qualifiers add a range. */
function valueOf(p: DateParts, qualifier: TimeCandidate['qualifier']): Pick<Decided, 'value' | 'range'> {
  if (p.year === undefined) return { value: null, range: null };
  if (p.month === undefined) {
    if (!qualifier) return { value: String(p.year), range: null };
    const [a, b] = QUALIFIED_MONTHS[qualifier];
    return { value: String(p.year), range: { from: formatMonth(p.year, a), to: formatMonth(p.year, b) } };
  }
  if (p.day === undefined) {
    const value = formatMonth(p.year, p.month);
    if (!qualifier) return { value, range: null };
    const [a, b] = QUALIFIED_DAYS[qualifier];
    const last = Math.min(b, daysInMonth(p.year, p.month));
    return { value, range: { from: formatDay({ year: p.year, month: p.month, day: a }), to: formatDay({ year: p.year, month: p.month, day: last }) } };
  }
  return { value: formatDay({ year: p.year, month: p.month, day: p.day }), range: null };
}

/** The text states the year: "December 8, 2024", "in April 2023", "late 2024". */
export const resolveExplicit: Refiner = (list) => {
  for (const c of list) {
    if (c.kind !== 'date' || c.parts.year === undefined || c.relative || c.anchor) continue;
    const v = valueOf(c.parts, c.qualifier);
    let range = v.range;
    if (c.endParts && c.endParts.month !== undefined) {
      const endYear = c.endParts.year ?? c.parts.year;
      const to = valueOf({ ...c.endParts, year: endYear }, null).value;
      if (v.value && to) range = { from: v.value, to };
    }
    decide(c, 'explicit', { ...v, range, resolution: 'explicit' });
  }
  return list;
};

/** Counted from the publication date: yesterday, 3 days ago, last week, earlier this month, next year. */
export const resolveRelative: Refiner = (list, ctx) => {
  for (const c of list) {
    if (!c.relative || c.anchor) continue;
    const pub = ctx.published;
    if (!pub) { decide(c, 'relative', { resolution: 'unresolved', reason: 'no publication date to count from' }); continue; }
    const { unit, offset } = c.relative;
    if (unit === 'day') decide(c, 'relative', { value: formatDay(addDays(pub, offset)), resolution: 'relative' });
    else if (unit === 'week') {
      const w = weekRange(pub, offset);
      const to = offset === 0 && compareDay(w.to, pub) > 0 && ctx.tense(c) === 'past' ? pub : w.to;
      decide(c, 'relative', { value: null, range: { from: formatDay(w.from), to: formatDay(to) }, resolution: 'relative', reason: 'a week: see range' });
    } else if (unit === 'month') {
      const m = addMonths(pub.year, pub.month, offset);
      decide(c, 'relative', { ...valueOf({ year: m.year, month: m.month }, c.qualifier), resolution: 'relative' });
    } else decide(c, 'relative', { ...valueOf({ year: pub.year + offset }, c.qualifier), resolution: 'relative' });
  }
  return list;
};

/**
 * News past bias. A weekday, a day of a month or a month without a year is the latest one on or
 * before publication in a past or tenseless clause, the earliest on or after it in a future clause;
 * "last"/"next" force the direction and exclude the publication day itself.
 */
export const resolvePastBias: Refiner = (list, ctx) => {
  for (const c of list) {
    if (c.kind !== 'date' || c.relative || c.anchor || c.parts.year !== undefined) continue;
    const { weekday: wd, month, day } = c.parts;
    if (wd === undefined && month === undefined) continue;
    const pub = ctx.published;
    if (!pub) { decide(c, 'no-publication', { resolution: 'unresolved', reason: 'no publication date to find the year or week' }); continue; }
    const tense = ctx.tense(c);
    const forward = c.direction === 'next' || (c.direction !== 'last' && tense === 'future');
    const strict = c.direction === 'last' || c.direction === 'next';
    const rule = c.direction ? `${c.direction}-${forward ? 'forward' : 'back'}` : tense === 'unknown' ? 'past-default' : `${tense}-tense`;
    let resolved: Pick<Decided, 'value' | 'range'>;
    if (month !== undefined && day !== undefined) resolved = valueOf(monthDay(pub, month, day, forward, strict), null);
    else if (month !== undefined) resolved = valueOf(monthOnly(pub, month, forward, strict), c.qualifier);
    else resolved = { value: formatDay(weekdayNear(pub, wd!, forward, strict)), range: null };
    if (resolved.value === null) { decide(c, rule, { resolution: 'unresolved', reason: 'no such day' }); continue; }
    decide(c, rule, { ...resolved, resolution: 'inferred' });
  }
  return list;
};

function weekdayNear(pub: Day, wd: number, forward: boolean, strict: boolean): Day {
  let n = forward ? (wd - weekday(pub) + 7) % 7 : (weekday(pub) - wd + 7) % 7;
  if (strict && n === 0) n = 7;
  return addDays(pub, forward ? n : -n);
}

function monthDay(pub: Day, month: number, day: number, forward: boolean, strict: boolean): DateParts {
  for (const year of forward ? [pub.year, pub.year + 1] : [pub.year, pub.year - 1]) {
    const d = { year, month, day };
    if (!isValidDay(d)) continue;
    const cmp = compareDay(d, pub);
    if (forward ? cmp > 0 || (cmp === 0 && !strict) : cmp < 0 || (cmp === 0 && !strict)) return d;
  }
  return {};
}

function monthOnly(pub: Day, month: number, forward: boolean, strict: boolean): DateParts {
  const same = month === pub.month;
  if (same && !strict) return { year: pub.year, month };
  const year = forward ? (month > pub.month ? pub.year : pub.year + 1) : month < pub.month ? pub.year : pub.year - 1;
  return { year, month };
}
