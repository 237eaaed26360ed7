import { firstIndex } from '../../document/first-index.js';
import type { Clause, ReadoutDocument, ReadoutEvent, TimeExpr } from '../../document/schema.js';
import { ploverOf } from '../../ontology/ontology.js';
import type { PipelineContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildCandidates, indexEvents, type Candidate, type EventIndex } from './build-events.js';
import { continuedSentence, datedClause, dateOf, locationOf, narrativeDate, quoteOf, referredDate, sentencesOfEntities, sharedDate, timesOfActs, timesOutsideRelatives } from './event-context.js';
import { refineEvents } from './refine-events.js';
import { referredOwners } from './referred-owners.js';
import { referredTargets } from './referred-targets.js';
import { isOldDescription, isToldAsHistory, sentenceToldAsHistory } from './told-as-history.js';
import { actorOnDay, codingDay } from './actors-at-date.js';
import { isUntoldInfinitive, isBackground, isCalledOff, isCeased, isProposed, isEmptyIntent, isModifier, isStale, recodedForTarget, screenedModality } from './screen-events.js';
import { screenContext, staleLimit, type ScreenContext } from './screen-context.js';
import { isNotYetDone } from './not-yet-done.js';
import { answerSentences } from './interview-turns.js';
import { actsOnItself, isCommentary, pronounIsOutlet, targetIsUnresolvedPronoun } from './actor-screens.js';

/** CAMEO and PLOVER events from clauses matched against the event patterns; then duplicates merged. */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  needs: ['clauses', 'entities', 'times', 'quotes'],
  adds: ['events'],
  run(doc, ctx) {
    return { events: extractEvents(doc, ctx) };
  },
};

export function extractEvents(doc: Readonly<ReadoutDocument>, ctx: PipelineContext): ReadoutEvent[] {
  const shared = indexEvents(doc, ctx);
  const { candidates } = buildCandidates(doc, ctx, shared);
  const cache = contextCache(doc, ctx, shared);
  // An event whose source is not a coded actor is not reported (ARCHITECTURE.md, "Which events are reported"):
  // sources are coded first from names, country adjectives, places and groups; what is left is most often a misreading.
  // Background (under/since/after..., past perfect, a time long before publication) and self-directed acts are not reported (same section).
  const screen = screenContext(doc, cache.clauses, cache.sentenceTimes, cache.sentenceClauses, ctx.patterns);
  const kept: Array<[Candidate, ReadoutEvent]> = [];
  for (const c of candidates) {
    const e = c.source.actor !== null ? screened(c, doc, ctx, cache, screen) : null;
    if (e) kept.push([c, e]);
  }
  // "supported the call": aimed at whoever made the call, told just before (referred-targets.ts)
  referredTargets(kept, doc, ctx.patterns.eventReferences);
  // "welcomed the vaccines": aimed at the owner of the thing named just before (referred-owners.ts)
  referredOwners(kept, doc, cache.sentenceClauses, cache.resolver);
  const events = kept.map(([, e]) => e);
  // Self-directed acts, outlets, stale dates, commentary and acts aimed at an unknown "him" are not reported (same section).
  const quotes = new Map(doc.quotes.map((q) => [q.id, q]));
  const merged = refineEvents(events.filter((e) => !actsOnItself(e, screen.words.domesticRoots) && !pronounIsOutlet(e) && !isStale(e, screen) && !isCommentary(e, quotes, cache.entities, screen.words) && !targetIsUnresolvedPronoun(e)));
  // Nor are acts that always have another party (lexicon `dyadicRoots`: consult, cooperate, aid...; patterns marked
  // `needsTarget`: "recognized a difficult situation") with none found; a wrapped act's rule ends with its pattern's id.
  // So are such acts told as intended by their own verb group ("would invest in several projects", "will cooperate in
  // building" with no partner named); an intent told by a wrapper ("offered to host talks") is an act of its own.
  const needsTarget = (e: ReadoutEvent, id: string) => ctx.patterns.dyadicRoots.has(e.cameo.root) || ctx.patterns.needsTarget.has(id) || (e.cameo.root === '03' && id === e.rule && ctx.patterns.dyadicPatterns.has(id));
  // For a consultation, whose content is only who meets whom (lexicon `codedPartnerRoots`), an other party that no
  // code names ("met with security officials") is none either.
  const partner = (e: ReadoutEvent) => (ctx.patterns.codedPartnerRoots.has(e.cameo.root) ? e.target?.actor != null : e.target !== null);
  return merged.filter((e) => partner(e) || !needsTarget(e, e.rule.slice(e.rule.indexOf('+') + 1)));
}

function screened(c: Candidate, doc: Readonly<ReadoutDocument>, ctx: PipelineContext, cache: ReturnType<typeof contextCache>, screen: ScreenContext): ReadoutEvent | null {
  if (isModifier(c, doc.text) || isEmptyIntent(c, doc.tokens, ctx.patterns) || isCeased(c, doc.tokens, ctx.patterns)) return null;
  const modality = screenedModality(c, screen);
  if (isNotYetDone(c, screen) || isUntoldInfinitive(c, modality, screen) || isCalledOff(c, modality, screen) || (!c.rule.startsWith('wrap.') && isProposed(c, screen))) return null;
  const e = toEvent({ ...c, code: recodedForTarget(c), modality }, doc, ctx, cache);
  if (e && !ownDay(e, c, cache.times) && isBackground(c, screen)) return null;
  // told as history: "Several months later, North Korea invaded" after "in 1950" (told-as-history.ts)
  // (a day borrowed from another clause does not make it news: "the deal, which Washington pulled out of, called a meeting Wednesday")
  if (e && (e.dateSource === 'published' || (e.dateSource === 'time' && !dayBeforeComma(c, e.time, cache.times, doc.text))) && isToldAsHistory(c.clause, screen)) return null;
  // "There, Kim asked Trump for relief. Trump denied the request.": a sentence continuing one told as history is history too
  if (e && e.dateSource === 'published' && continuesHistory(c, doc, cache, screen)) return null;
  // "Armitage: Probably the Russia attack on Ukraine": an act in an interview answer with no day of its own (interview-turns.ts)
  if (e && e.dateSource === 'published' && cache.answers.has(e.sentence)) return null;
  // "the group that spearheaded the offensive in December 2024", told months later: a description (told-as-history.ts)
  if (e && e.dateSource === 'time' && isOldDescription(c.clause, e.date, screen)) return null;
  return e;
}

function continuesHistory(c: Candidate, doc: Readonly<ReadoutDocument>, cache: ReturnType<typeof contextCache>, screen: ScreenContext): boolean {
  const at = continuedSentence(c.clause, [c.source.entity, c.target?.entity ?? null], doc, cache.sentenceTimes, cache.sentencesOf);
  return at >= 0 && sentenceToldAsHistory(at, screen);
}

export function toEvent(c: Candidate, doc: Readonly<ReadoutDocument>, ctx: PipelineContext, cache = contextCache(doc, ctx)): ReadoutEvent | null {
  const cameo = ctx.ontology.cameo.get(c.code);
  if (!cameo) return null;
  const mapped = c.plover ? { type: c.plover, mode: null } : ploverOf(ctx.ontology, c.code);
  // (not by the time of a relative clause that describes an actor: "The Taliban, who seized power in August 2021, have imposed ...")
  const times = cache.sentenceTimes.get(c.clause.sentence) ?? [];
  // (nor by a time that names another noun or a limit: "urging an inquiry into the February 8 vote", "before the election in November")
  const outside = timesOfActs(timesOutsideRelatives(times, cache.sentenceClauses.get(c.clause.sentence) ?? [], c.clause.head.start), doc.text, c.clause.kind === 'noun' ? c.clause.head : null);
  const sentenceTimes = outside.length === times.length ? cache.sentenceTimes : new Map([[c.clause.sentence, [...outside]]]);
  const dated = datedClause(c.clause, cache.clauses, sentenceTimes, c.rule.startsWith('wrap.'), doc.text);
  // "Last week, the two sides met and signed an agreement": a verb coordinated with the main clause shares its sentence time.
  // ("told VOA on Monday the U.N. must maintain sanctions": a wrapped act is the saying, made when it was said)
  const main = dated.parent === null || c.modality === 'reported' || (dated.link === 'coordinate' && cache.clauses.get(dated.parent)?.parent === null)
    || (dated.link === 'reported' && c.rule.startsWith('wrap.'));
  let when = dateOf(dated, main, doc, sentenceTimes);
  if (when.dateSource !== 'time' && c.clause.kind === 'noun') when = sharedDate(c.clause.sentence, c.source.entity, c.target?.entity ?? null, doc, cache.sentenceTimes, cache.sentencesOf) ?? when;
  // "... came under a bomb and gun attack on Tuesday. ... 21 passengers died in the initial attack": the earlier mention dates it
  if (when.dateSource !== 'time' && c.clause.kind === 'noun') when = referredDate(c.clause, doc, cache.sentenceTimes, staleLimit(doc.article.published)) ?? when;
  // "... turned them over to China on Feb. 27. The United States condemned Thailand": the sentence before dates it (event-context.ts)
  if (when.dateSource === 'published' && c.modality === 'asserted' && !quoteOf(c.clause, doc)) when = narrativeDate(c.clause, [c.source.entity, c.target?.entity ?? null], doc, cache.sentenceTimes, cache.sentencesOf) ?? when;
  // "imposed tariffs, then delayed them until April 2": a past act is not dated after publication by another clause's time.
  const published = doc.article.published;
  if (when.dateSource === 'time' && published && when.date && when.date > published && dated.tense === 'past' && c.modality !== 'intended' && !ownsTime(c.clause, when.time, cache.times)) {
    when = { date: published, time: null, dateSource: 'published' };
  }
  const quote = quoteOf(c.clause, doc);
  // Codes that change over time (a leader's role, a group that took power) are those of the event's day.
  const day = codingDay(when, cache.times);
  const source = day ? actorOnDay(c.source, day, doc, ctx.kb, cache.entities) : c.source;
  const target = day && c.target ? actorOnDay(c.target, day, doc, ctx.kb, cache.entities) : c.target;
  return {
    id: '',
    cameo: { code: cameo.code, label: cameo.label, root: cameo.root, goldstein: cameo.goldstein, quadClass: cameo.quadClass },
    plover: mapped ? { type: mapped.type, mode: c.mode && ctx.ontology.plover.get(mapped.type)?.modes.includes(c.mode) ? c.mode : mapped.mode } : null,
    source: { entity: source.entity, actor: source.actor, text: source.text },
    target: target ? { entity: target.entity, actor: target.actor, text: target.text } : null,
    date: when.date,
    dateSource: when.dateSource,
    time: when.time,
    location: locationOf(c.clause, cameo.quadClass, cache.resolver, c.target?.entity ?? null, doc),
    negated: c.negated,
    modality: quote && c.modality === 'asserted' ? 'reported' : c.modality,
    question: c.clause.question,
    quote,
    sentence: c.clause.sentence,
    evidence: c.evidence,
    confidence: c.confidence,
    rule: c.rule,
  };
}

/** The time lies in the clause, or after it with no comma or semicolon between ("who expelled diplomats on Monday,"). */
function dayBeforeComma(c: Candidate, time: string | null, times: ReadonlyMap<string, TimeExpr>, text: string): boolean {
  const t = time ? times.get(time) : undefined;
  if (!t || t.start < c.clause.start) return false;
  for (let k = c.clause.end; k < t.start; k++) if (text[k] === ',' || text[k] === ';') return false;
  return true;
}

/** The time lies inside the clause itself. */
function ownsTime(c: Candidate['clause'], time: string | null, times: ReadonlyMap<string, TimeExpr>): boolean {
  const t = time ? times.get(time) : undefined;
  return !!t && t.start >= c.start && t.end <= c.end;
}

/** The event is dated by a time expression inside its own clause ("after talks on Monday"). */
function ownDay(e: ReadoutEvent, c: Candidate, times: ReadonlyMap<string, TimeExpr>): boolean {
  if (e.dateSource !== 'time' || !e.time) return false;
  const t = times.get(e.time);
  return !!t && t.start >= c.clause.start && t.end <= c.clause.end + 40;
}

function contextCache(doc: Readonly<ReadoutDocument>, ctx: PipelineContext, shared: EventIndex = indexEvents(doc, ctx)) {
  const sentenceTimes = new Map<string, TimeExpr[]>();
  for (const t of doc.times) {
    // the last sentence starting at or before the time (sentences are in text order and do not overlap)
    const s = doc.sentences[firstIndex(doc.sentences.length, (i) => doc.sentences[i]!.start > t.start) - 1];
    if (!s || s.end < t.end) continue;
    const list = sentenceTimes.get(s.id);
    if (list) list.push(t); else sentenceTimes.set(s.id, [t]);
  }
  const times = new Map(doc.times.map((t) => [t.id, t]));
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const sentenceClauses = new Map<string, Clause[]>();
  for (const c of doc.clauses) {
    const l = sentenceClauses.get(c.sentence);
    if (l) l.push(c); else sentenceClauses.set(c.sentence, [c]);
  }
  return { times, entities, sentenceTimes, sentenceClauses, sentencesOf: sentencesOfEntities(doc), resolver: shared.resolver, clauses: shared.idx.byId, answers: answerSentences(doc) };
}

