import * as chrono from 'chrono-node';
import type { DateParts, TimeCandidate } from './time-candidate.js';

/**
 * Cheap pre-filter: chrono only runs on sentences that contain a word that can start a date.
 * Its parsers are many regular expressions; most news sentences hold no date. The month and day
 * words are written as a tree of prefixes ("ju(?:ne?|ly?)"): the same words, tried faster.
 */
const TRIGGER =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|ma(?:r(?:ch)?|y)|apr(?:il)?|ju(?:ne?|ly?)|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|to(?:day|night|morrow)|ago|this (?:morning|afternoon|evening))\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d[/.-]\d/i;

/**
 * chrono's casual English parser without its time-of-day parser ("at 3 pm", "23:00"): times of day
 * are noise for event dates (the filter dropped them), they cost a third of chrono's work, and the
 * parser misreads a day number after a weekday ("On Wednesday, 23 ...") as an hour. chrono-node does
 * not export the parser class, so it is picked by name; `chrono-candidates.test.ts` checks that
 * exactly one parser goes.
 */
export const DATE_PARSER = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => p.constructor.name !== 'ENTimeExpressionParser');
  return c;
})();

const LEADING = /^(?:(?:on|in|at|since|by|from|of|during|until|till|before|after)\s+)+/i;
const TRAILING = /[\s,.;:!?)\]"'“”’]+$/;

function partsOf(c: chrono.ParsedComponents): DateParts {
  const p: DateParts = {};
  if (c.isCertain('year')) p.year = c.get('year')!;
  if (c.isCertain('month')) p.month = c.get('month')!;
  if (c.isCertain('day')) p.day = c.get('day')!;
  if (c.isCertain('weekday')) p.weekday = c.get('weekday')!;
  return p;
}

const hasDate = (p: DateParts) => p.year !== undefined || p.month !== undefined || p.day !== undefined || p.weekday !== undefined;

/** chrono's candidates for one sentence; `ref` is the publication day at noon (never the clock). */
export function chronoCandidates(text: string, sentenceStart: number, sentence: number, ref: Date): TimeCandidate[] {
  if (!TRIGGER.test(text)) return [];
  const out: TimeCandidate[] = [];
  for (const r of DATE_PARSER.parse(text, ref, { forwardDate: false })) {
    const raw = r.text;
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const trimmed = raw.slice(lead).replace(TRAILING, '');
    if (trimmed.length === 0) continue;
    const start = sentenceStart + r.index + lead;
    const tags = r.start.tags ? [...r.start.tags()] : [];
    const parts = partsOf(r.start);
    const lower = trimmed.toLowerCase();
    const relative = /^yesterday\b/.test(lower) ? { unit: 'day' as const, offset: -1 }
      : /^(?:today|tonight)\b/.test(lower) ? { unit: 'day' as const, offset: 0 }
      : /^tomorrow\b/.test(lower) ? { unit: 'day' as const, offset: 1 }
      : /^this (?:morning|afternoon|evening)$/.test(lower) ? { unit: 'day' as const, offset: 0 } : null;
    const isRelativeResult = tags.includes('result/relativeDate');
    const direction = /^last\b/.test(lower) ? 'last' : /^next\b/.test(lower) ? 'next' : /^this\b/.test(lower) ? 'this' : null;
    const noise = tags.includes('casualReference/now') || /^the day$/.test(lower) ? 'now' : !hasDate(parts) && relative === null ? 'time-of-day' : null;
    // "the year before", "two days later": counted from another time in the story, not from publication
    const fromNarrative = isRelativeResult && /\b(?:before|after|later|earlier|previous|following)$/.test(lower);
    out.push({
      start,
      end: start + trimmed.length,
      sentence,
      kind: 'date',
      // "3 days ago" and friends are computed by chrono from the reference: keep them as relative days.
      parts: isRelativeResult || relative ? {} : parts,
      endParts: r.end ? partsOf(r.end) : null,
      relative: relative ?? (isRelativeResult ? relativeFromChrono(r.start, ref) : null),
      direction: parts.weekday !== undefined || (parts.month !== undefined && parts.year === undefined) ? direction : null,
      qualifier: null,
      anchor: fromNarrative ? { direction: /before|earlier|previous/.test(lower) ? 'before' : 'after', text: 'another time in the story', end: start + trimmed.length } : null,
      duration: fromNarrative ? { count: null, unit: 'day' } : null,
      noise,
      source: `chrono:${tags.find((t) => t.startsWith('parser/'))?.slice(7) ?? (parts.weekday !== undefined ? 'weekday' : isRelativeResult ? 'relative' : 'casual')}`,
    });
  }
  return out;
}

/** "3 days ago", "two months ago": the offset chrono computed, in the finest unit it states. */
function relativeFromChrono(c: chrono.ParsedComponents, ref: Date): TimeCandidate['relative'] {
  const y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
  if (c.isCertain('day')) {
    const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate())) / 86_400_000);
    return { unit: 'day', offset: days };
  }
  if (c.isCertain('month')) return { unit: 'month', offset: (y - ref.getFullYear()) * 12 + (m - 1 - ref.getMonth()) };
  return { unit: 'year', offset: y - ref.getFullYear() };
}
