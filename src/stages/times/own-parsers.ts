import { COUNT_SOURCE, countValue } from './number-words.js';
import type { TimeCandidate, Unit } from './time-candidate.js';

/**
 * Parsers chrono lacks, run on each sentence: bare years ("in 2006", "late 2024"), periods relative
 * to publication ("earlier this month", "last week"), durations ("an 11-day offensive",
 * "five-decade-long rule", "the next fifty years") and offsets from an event ("three months after
 * the fall of Assad"). Every pattern is anchored on words, with bounded repetition only.
 */
type Proposal = Omit<TimeCandidate, 'sentence'>;

const base = (start: number, end: number, source: string): Proposal => ({
  start, end, kind: 'date', parts: {}, endParts: null, relative: null, direction: null, qualifier: null,
  duration: null, anchor: null, noise: null, source,
});

const QUALIFIER = '(early|mid|late|earlier|later|the end of|the beginning of|the start of|the middle of)';

function qualifierOf(word: string | undefined): TimeCandidate['qualifier'] {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'early' || w === 'earlier' || w.endsWith('beginning of') || w.endsWith('start of')) return 'early';
  if (w === 'late' || w === 'later' || w.endsWith('end of')) return 'late';
  return 'mid';
}

const YEAR = new RegExp(`\\b(?:(in|since|by|until|till|from|through|during|throughout|before|after|between|and|of|to)\\s+)?(?:${QUALIFIER}[\\s-]+)?((?:19|20)\\d{2})(?![\\d,.]\\d)(?!\\s*(?:people|troops|soldiers|members|km|kilometers|miles|meters|dollars|%|percent))`, 'gi');
/** A determiner or possessive right before a year that modifies a noun: "the 2004 bombing", "Boko Haram's 2014 abduction". */
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her|our)|['’]s)\s+$/i;
/** The noun a year modifies names an occasion, not a count ("the 2004 bombing", not "the 2000 residents"). */
const OCCASION_AFTER = /^\s+(?:[a-z]+-)?(?:[a-z]+(?:ing|ion|ment)|elections?|war|summit|attacks?|coup|deal|accord|ruling|law|crisis|uprising|massacre|raid|strikes?|ceasefire|truce|treaty|vote|referendum|protests?|riots?|campaign|offensive|olympics|games|census|visit|trip|talks|earthquake|floods?|tsunami|pandemic|outbreak)\b/;
const PERIOD = new RegExp(`\\b(?:${QUALIFIER}\\s+)?(last|this|next|past|coming|previous)\\s+(week|month|year|weekend)\\b`, 'gi');
const HYPHEN_DURATION = new RegExp(`\\b(${COUNT_SOURCE})-(hour|day|week|month|year|decade|century)(s?)(-long|-old)?\\b`, 'gi');
const SPAN_DURATION = new RegExp(`\\b(?:(?:the|for|over|in|within)\\s+)*(?:(?:next|past|last|coming|previous|following)\\s+)?(${COUNT_SOURCE})\\s+(hours|days|weeks|months|years|decades|centuries)\\b(?!\\s+(?:ago|after|before|later|earlier)\\b)`, 'gi');
const ANCHORED = new RegExp(`\\b(${COUNT_SOURCE})\\s+(days?|weeks?|months?|years?|decades?)\\s+(after|before|since)\\s+`, 'gi');

const unitOf = (w: string): Unit => w.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y') as Unit;

const HAS_YEAR = /(?:19|20)\d\d/;
/** What each family of parsers needs in the text: cheap tests that spare the others ("Monday" holds "day", not " day"). */
const HAS_PERIOD = /\s(?:week|month|year)/i;
const HAS_HYPHEN_UNIT = /-(?:hour|day|week|month|year|decade|centur)/i;
const HAS_SPACED_UNIT = /\s(?:hour|day|week|month|year|decade|centur)/i;
/** What SPAN_DURATION and ANCHORED need after the number: a plural unit; a unit then after/before/since. */
const HAS_PLURAL_UNIT = /\s(?:hours|days|weeks|months|years|decades|centuries)\b/i;
const HAS_UNIT_AFTER = /\s(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|since)\s/i;

export function ownCandidates(text: string, offset: number): Proposal[] {
  const out: Proposal[] = [];
  const years = HAS_YEAR.test(text);
  const spaced = HAS_SPACED_UNIT.test(text);
  const hyphened = HAS_HYPHEN_UNIT.test(text);
  if (!years && !spaced && !hyphened) return out; // most sentences: nothing to look for
  if (years) for (const m of text.matchAll(YEAR)) {
    // a bare number is a year only after a preposition or qualifier, or as a modifier naming an occasion ("the 2004 bombing")
    if (!m[1] && !m[2] && !(DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && OCCASION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))) continue;
    const skip = m[1] ? m[0].indexOf(m[2] ?? m[3]!, m[1].length) : 0;
    const p = base(offset + m.index + skip, offset + m.index + m[0].length, 'own:year');
    p.parts = { year: Number(m[3]) };
    p.qualifier = qualifierOf(m[2]);
    out.push(p);
  }
  if (spaced && HAS_PERIOD.test(text)) for (const m of text.matchAll(PERIOD)) {
    const unit = m[3]!.toLowerCase();
    const dir = m[2]!.toLowerCase();
    const p = base(offset + m.index, offset + m.index + m[0].length, 'own:period');
    if (dir === 'previous') {
      // "the previous year": counted from the time the story is talking about
      p.duration = { count: 1, unit: unit === 'weekend' ? 'week' : (unit as Unit) };
      p.anchor = { direction: 'before', text: 'another time in the story', end: p.end };
      out.push(p);
      continue;
    }
    const step = dir === 'this' || dir === 'coming' && unit === 'weekend' ? 0 : dir === 'next' || dir === 'coming' ? 1 : -1;
    p.relative = { unit: unit === 'weekend' ? 'week' : (unit as 'week' | 'month' | 'year'), offset: step };
    p.qualifier = qualifierOf(m[1]);
    out.push(p);
  }
  if (hyphened) for (const m of text.matchAll(HYPHEN_DURATION)) {
    if (m[4]?.toLowerCase() === '-old') continue; // an age
    const p = base(offset + m.index, offset + m.index + m[0].length, 'own:duration');
    p.kind = 'duration';
    p.duration = { count: countValue(m[1]!), unit: unitOf(m[2]!) };
    out.push(p);
  }
  if (spaced && HAS_PLURAL_UNIT.test(text)) for (const m of text.matchAll(SPAN_DURATION)) {
    const lead = /^(?:(?:for|over|in|within)\s+)*/i.exec(m[0])![0].length;
    const p = base(offset + m.index + lead, offset + m.index + m[0].length, 'own:duration');
    p.kind = 'duration';
    p.duration = { count: countValue(m[1]!), unit: unitOf(m[2]!) };
    out.push(p);
  }
  if (spaced && HAS_UNIT_AFTER.test(text)) for (const m of text.matchAll(ANCHORED)) {
    const after = text.slice(m.index + m[0].length);
    const anchorWords = /^[^,.;:!?"“”]{1,80}/.exec(after)?.[0].trim() ?? '';
    const p = base(offset + m.index, offset + m.index + m[0].trimEnd().length, 'own:anchored');
    p.duration = { count: countValue(m[1]!), unit: unitOf(m[2]!) };
    p.anchor = { direction: m[3]!.toLowerCase() === 'before' ? 'before' : 'after', text: anchorWords, end: offset + m.index + m[0].length };
    out.push(p);
  }
  return out;
}
