import type { ReadoutDocument, TimeExpr } from '../../document/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { chronoCandidates } from './chrono-candidates.js';
import { ownCandidates } from './own-parsers.js';
import type { RefineContext, Refiner } from './refine-context.js';
import { dropNoise, guardNoPublication, mergeOverlaps } from './refine-filter.js';
import { resolveAnchored, resolveDurations } from './refine-intervals.js';
import { resolveExplicit, resolvePastBias, resolveRelative } from './refine-resolve.js';
import { tenseAround } from './tense.js';
import { undecided, undecidedIn, type Decided } from './time-candidate.js';

/** Refiners in order: choose among candidates, drop noise, resolve, then intervals that need resolved dates. */
export const TIME_REFINERS: readonly Refiner[] = [
  mergeOverlaps, dropNoise, resolveExplicit, resolveRelative, resolvePastBias, resolveAnchored, resolveDurations, guardNoPublication,
];

/** A fixed reference when there is no publication date; whatever chrono computes from it is discarded. */
const NO_DATE_REFERENCE = new Date(2000, 0, 1, 12);

export function findTimes(doc: Readonly<ReadoutDocument>): TimeExpr[] {
  const published = doc.article.published ? parseDay(doc.article.published) : null;
  const ref = published ? new Date(published.year, published.month - 1, published.day, 12) : NO_DATE_REFERENCE;
  const candidates: Decided[] = [];
  doc.sentences.forEach((s, i) => {
    const text = doc.text.slice(s.start, s.end);
    for (const c of chronoCandidates(text, s.start, i, ref)) candidates.push(undecided(c));
    for (const c of ownCandidates(text, s.start)) candidates.push(undecidedIn(c, i));
  });
  const ctx: RefineContext = {
    text: doc.text,
    published,
    sentences: doc.sentences,
    tokens: doc.tokens,
    tense: (c) => tenseAround(doc.tokens, doc.sentences[c.sentence]!, c.start, c.end, doc.text),
  };
  const decided = TIME_REFINERS.reduce((list, refine) => refine(list, ctx), candidates);
  return decided.map((c, i) => ({
    id: `t${i + 1}`,
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    value: c.value,
    range: c.range,
    resolution: c.resolution,
    kind: c.kind,
    reason: c.reason ?? (c.value === null && c.range === null ? 'not resolved' : null),
    rule: c.rules.join('+'),
  }));
}

/** Time expressions resolved against the publication date (see ARCHITECTURE.md, "times"). */
export const timesStage: Stage<'times'> = {
  name: 'times',
  needs: ['sentences', 'tokens'],
  adds: ['times'],
  run: (doc) => ({ times: findTimes(doc) }),
};
