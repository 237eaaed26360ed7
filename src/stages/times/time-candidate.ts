/** What the parsers propose and the refiners decide on. Offsets are into the document text. */
export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'hour';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday?: number;
}

export interface TimeCandidate {
  start: number;
  end: number;
  /** index into doc.sentences */
  sentence: number;
  kind: 'date' | 'duration';
  /** values the text states (chrono's "certain" components) */
  parts: DateParts;
  /** end of an explicit interval ("March 3 to March 5") */
  endParts: DateParts | null;
  /** counted from the publication date: yesterday = day -1, last month = month -1 */
  relative: { unit: 'day' | 'week' | 'month' | 'year'; offset: number } | null;
  /** "last Monday", "next March", "this Friday" */
  direction: 'last' | 'next' | 'this' | null;
  /** "early 2024", "late December", "earlier this month" */
  qualifier: 'early' | 'mid' | 'late' | null;
  duration: { count: number | null; unit: Unit } | null;
  /** "three months after the fall of Assad": the words after "after"/"before" */
  anchor: { direction: 'after' | 'before'; text: string; end: number } | null;
  /** chrono found only a time of day ("night", "at dawn") or the moment of speaking ("now") */
  noise: 'time-of-day' | 'now' | null;
  /** the parser that proposed it */
  source: string;
}

export interface TimeDecision {
  value: string | null;
  range: { from: string; to: string } | null;
  resolution: 'explicit' | 'relative' | 'inferred' | 'unresolved';
  reason: string | null;
  /** refiners that decided, joined with "+" into the annotation's rule */
  rules: string[];
  drop: boolean;
}

export type Decided = TimeCandidate & TimeDecision;

/** A candidate no refiner has decided on yet (written out field by field: a spread costs more per candidate). */
export function undecided(c: TimeCandidate): Decided {
  return undecidedIn(c, c.sentence);
}

/** The same for a proposal of a parser that does not know its sentence. */
export function undecidedIn(c: Omit<TimeCandidate, 'sentence'>, sentence: number): Decided {
  return {
    start: c.start, end: c.end, sentence, kind: c.kind, parts: c.parts, endParts: c.endParts, relative: c.relative,
    direction: c.direction, qualifier: c.qualifier, duration: c.duration, anchor: c.anchor, noise: c.noise, source: c.source,
    value: null, range: null, resolution: 'unresolved', reason: null, rules: [c.source], drop: false,
  };
}
