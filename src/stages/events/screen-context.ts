import type { Clause, ReadoutDocument, TimeExpr } from '../../document/schema.js';
import type { PatternSet } from './patterns/pattern-schema.js';
import { addDays, daysInMonth, formatDay, parseDay } from '../times/calendar.js';

// What the screens of `screen-events.ts` (and `told-as-history.ts`, `not-yet-done.ts`) read: the document's
// clauses and times by sentence, the lexicon's screening words compiled once per pattern set, and what "long
// before publication" means.

/** Days before publication past which a time expression no longer tells "now". */
export const STALE_DAYS = 31;

/** The last day that is not "now" for a story published on `published` (STALE_DAYS before it), or null without a date. */
export function staleLimit(published: string | null | undefined): string | null {
  if (!published) return null;
  return formatDay(addDays(parseDay(published.slice(0, 10)), -STALE_DAYS));
}

/** The last day a time value covers: "2017" -> 2017-12-31, "2024-06" -> 2024-06-30. */
export function endOf(t: TimeExpr): string | null {
  const v = t.range?.to ?? t.value;
  if (!v) return null;
  if (/^\d{4}$/.test(v)) return `${v}-12-31`;
  if (/^\d{4}-\d{2}$/.test(v)) {
    const [y, m] = v.split('-').map(Number) as [number, number];
    return formatDay({ year: y, month: m, day: daysInMonth(y, m) });
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return null;
}

/** The lexicon's screening words (data/patterns/lexicon.yaml), as the screens read them. */
export interface ScreenWords {
  backgroundPreps: ReadonlySet<string>;
  /** one of the background openers right before: "since arresting them" */
  opener: RegExp;
  /** a habitual adverb in a verb group: "have repeatedly denied" */
  habitual: RegExp;
  /** a progressive verb group with an adverb of an act under way or kept up: "was already providing", "are closely cooperating" */
  underWay: RegExp;
  sameInPast: ReadonlySet<string>;
  newsPresentVerbs: ReadonlySet<string>;
  beliefVerbs: ReadonlySet<string>;
  /** a proposal noun and a for-phrase right before: "a plan for rearming", "a proposal for the Council to lift" */
  proposalFor: RegExp;
  /** a prospective modifier before an event noun: "a U.S.-proposed ceasefire", "a possible attack" */
  prospective: RegExp;
  calledOffVerbs: ReadonlySet<string>;
  carryingVerbs: ReadonlySet<string>;
  /** a scheduled word and "to" right before: "is due to travel" */
  scheduled: RegExp;
  domesticRoots: ReadonlySet<string>;
  /** a word that makes a speaker a body or an official, whatever its entity type says ("the Foreign Affairs Ministry said") */
  body: RegExp;
}

type LexiconWords = Pick<PatternSet, 'backgroundPreps' | 'backgroundOpeners' | 'habitualAdverbs' | 'underWayAdverbs' | 'sameInPast' | 'newsPresentVerbs' | 'beliefVerbs' | 'forecastWords' | 'proposalNouns' | 'prospectiveWords' | 'calledOffVerbs' | 'carryingVerbs' | 'scheduledWords' | 'domesticRoots' | 'speakerBodyWords'>;
const compiled = new WeakMap<LexiconWords, ScreenWords>();
const alternation = (words: ReadonlySet<string>) => [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|') || '(?!)';

/** The screening words of a pattern set, compiled once per set. */
export function screenWords(set: LexiconWords): ScreenWords {
  let w = compiled.get(set);
  if (!w) {
    w = {
      backgroundPreps: set.backgroundPreps,
      opener: new RegExp(`\\b(?:${alternation(set.backgroundOpeners)})\\s+$`, 'i'),
      habitual: new RegExp(`\\b(?:${alternation(set.habitualAdverbs)})\\b`, 'i'),
      underWay: new RegExp(`\\b(?:is|are|am|was|were|been)\\s+(?:${alternation(set.underWayAdverbs)})\\s+\\w+ing$`, 'i'),
      sameInPast: set.sameInPast,
      newsPresentVerbs: set.newsPresentVerbs,
      beliefVerbs: set.beliefVerbs,
      calledOffVerbs: set.calledOffVerbs,
      proposalFor: new RegExp(`\\b(?:${alternation(set.proposalNouns)})s?\\b[^,;]{0,40}?\\bfor\\s+(?:[^,;]{1,40}?\\s+)?$`, 'i'),
      prospective: new RegExp(`\\b(?:${alternation(set.prospectiveWords)})\\s+(?:[\\w.'’-]+\\s+){0,2}$`, 'i'),
      carryingVerbs: set.carryingVerbs,
      scheduled: new RegExp(`\\b(?:${alternation(set.scheduledWords)})\\s+to\\s+$`, 'i'),
      domesticRoots: set.domesticRoots,
      body: new RegExp(`\\b(?:${alternation(set.speakerBodyWords)})\\b`, 'i'),
    };
    compiled.set(set, w);
  }
  return w;
}

export interface ScreenContext {
  doc: Pick<ReadoutDocument, 'text' | 'times' | 'article' | 'clauses'> & Partial<Pick<ReadoutDocument, 'quotes' | 'sentences'>>;
  clauses: Map<string, Clause>;
  sentenceTimes: Map<string, TimeExpr[]>;
  sentenceClauses: Map<string, Clause[]>;
  words: ScreenWords;
}

export function screenContext(doc: ScreenContext['doc'], clauses: Map<string, Clause>, sentenceTimes: Map<string, TimeExpr[]>, sentenceClauses: Map<string, Clause[]>, set: LexiconWords): ScreenContext {
  return { doc, clauses, sentenceTimes, sentenceClauses, words: screenWords(set) };
}

/** The offset lies inside a direct quote. */
export function insideQuote(offset: number, s: ScreenContext): boolean {
  return (s.doc.quotes ?? []).some((q) => q.kind !== 'indirect' && q.start <= offset && q.end > offset);
}
