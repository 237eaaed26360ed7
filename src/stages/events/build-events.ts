import { tokenStartingAt, type TokenAt } from '../../document/first-index.js';
import type { Clause, ClauseArg, ReadoutDocument, TimeExpr } from '../../document/schema.js';
import type { PipelineContext } from '../../pipeline/context.js';
import { firedPatterns, headVariants, indexClauses, matchClause, type ClauseIndex, type Trial } from './patterns/match-clause.js';
import type { Pattern, PatternSet } from './patterns/pattern-schema.js';
import { ActorResolver, type ActorRef } from './resolve-actors.js';
import { answers, conditional, contentOfAnswer, nounComplementOnly, prevented, purposeOnly, reasonOfJudgment, topicOfTalks, entitlementOnly } from './untold-clauses.js';
import { findWrapper, futureReading, isAbility, wrappedCode, type WrapperHit } from './wrappers.js';
import { FORCE, pairs, VIOLENT } from './event-pairs.js';
import { namesHomePeople } from './home-people.js';
import { nounGluedTarget } from './glued-targets.js';
import { PARTNER_ROOTS, PURPOSE_ROOTS, accuserOf, firstArg, gluedProtesters, isActorNoun, isCoded, namesAccusation, nounClauseOf, nounOwner, ownedBySource, placeTarget, purposeOfThing, purposePartner, purposeTarget, rejecterOf, sourceArg, subjectNounTarget, targetArg } from './event-roles.js';

/** An event before dates, places and final ids: what one clause (or a wrapper and its complement) says. */
export interface Candidate {
  code: string;
  rule: string;
  mode: string | null;
  /** PLOVER type the pattern gives its own act, unwrapped and with its own code (a resignation: RETREAT); else the mapping's. */
  plover: string | null;
  source: ActorRef;
  target: ActorRef | null;
  clause: Clause;
  negated: boolean;
  modality: 'asserted' | 'intended' | 'hypothetical' | 'reported';
  evidence: Array<{ start: number; end: number }>;
  confidence: number;
  /** the source or target came from another clause (coordination, control) or from context. */
  inherited: boolean;
}

export interface ClauseTrace { clause: Clause; trials: Trial[]; wrapper: WrapperHit | null }

/** Modals of a possibility, reported or not. */
/** Modals of what may happen or can be done ("ca" is the "can" of "can't"): the act is not told as done. */
const POSSIBLE = new Set(['could', 'might', 'may', 'can', 'ca']);
/** Modals of what ought to be done: "must condemn" is no condemnation yet (what the speaker demands is a wrapper's event). */
const OBLIGATION = new Set(['must', 'should']);
const SAYING = new Set(['say', 'tell', 'state', 'announce', 'add', 'note', 'confirm', 'report', 'claim', 'write', 'quote']);

type CandidateDoc = Pick<ReadoutDocument, 'text' | 'tokens' | 'clauses' | 'entities' | 'quotes' | 'times' | 'article' | 'sentences'>;

/** What the events stage builds once per document and every step shares: the clause index and the actor resolver (with its memo). */
export interface EventIndex { idx: ClauseIndex; resolver: ActorResolver }

export function indexEvents(doc: CandidateDoc, ctx: PipelineContext): EventIndex {
  const set = ctx.patterns;
  return { idx: indexClauses(doc.clauses), resolver: new ActorResolver(doc, ctx.kb, (w) => isActorNoun(w, set), set.backReferences, set.placeNamedNouns) };
}

/** Matches every clause against the patterns and wrappers; returns the candidates and, with `explain`, the trace (every pattern tried and why). */
export function buildCandidates(doc: CandidateDoc, ctx: PipelineContext, shared = indexEvents(doc, ctx), explain = false): { candidates: Candidate[]; trace: ClauseTrace[] } {
  const set = ctx.patterns;
  const { idx, resolver } = shared;
  const tokenAt = tokenStartingAt(doc.tokens);
  const best = new Map<string, Pattern>();
  const trace: ClauseTrace[] = [];
  const sentenceEnd = new Map(doc.sentences.map((s) => [s.id, s.end]));
  const afterOf = (c: Clause) => doc.text.slice(c.group.end, sentenceEnd.get(c.sentence) ?? c.end);
  for (const c of doc.clauses) {
    const trials = explain ? matchClause(c, idx, set, doc.text) : null;
    const fired = trials ? trials.filter((t) => t.ok).map((t) => t.pattern) : firedPatterns(c, idx, set, doc.text);
    // the most specific pattern that fires (the first of equals)
    let top: Pattern | undefined;
    for (const p of fired) if (!top || specificity(p) > specificity(top)) top = p;
    if (top) best.set(c.id, top);
    if (trials) trace.push({ clause: c, trials, wrapper: null });
  }
  // "ordered the arrest of", "issued a ban on": a light verb's own pattern gives way to the event noun in its object when they disagree on the root.
  for (const c of doc.clauses) {
    const mine = best.get(c.id);
    if (!mine || c.kind !== 'verb' || !headVariants(c).some((l) => set.lightVerbs.has(l))) continue;
    const object = c.args.find((a) => a.role === 'object');
    const held = object && (idx.children.get(c.id) ?? []).find((k) => k.kind === 'noun' && k.head.start >= object.start && k.head.end <= object.end && best.has(k.id));
    if (!held) continue;
    // a verb pattern written for such objects ("issued an ultimatum") stays
    const forObject = Object.entries(mine.requires ?? {}).some(([k, heads]) => k.split('|').includes('object') && heads.length > 0);
    if (!forObject && best.get(held.id)!.code.slice(0, 2) !== mine.code.slice(0, 2)) best.delete(c.id);
  }
  // conditions, computed only for clauses that could give an event (or hold a threat's condition)
  const condMemo = new Map<string, boolean>();
  const isCond = (c: Clause) => { let v = condMemo.get(c.id); if (v === undefined) condMemo.set(c.id, (v = conditional(c, idx, doc, tokenAt))); return v; };
  const condition = (c: Clause) => conditionSubject(c, idx, isCond, resolver);
  // "A roadside bomb near Samarra killed": an argument headed by a noun that an assault or fight pattern fired on.
  const attackNoun = (a: ClauseArg, c: Clause) => { const noun = nounClauseOf(a, c, idx); return !!noun && noun.head.start >= a.start && VIOLENT.test(best.get(noun.id)?.code ?? ''); };
  const sentenceClauses = new Map<string, Clause[]>();
  for (const c of doc.clauses) {
    const l = sentenceClauses.get(c.sentence);
    if (l) l.push(c); else sentenceClauses.set(c.sentence, [c]);
  }
  const accuser = (c: Clause, src: ClauseArg) => accuserOf(c, src, sentenceClauses.get(c.sentence) ?? [], best, resolver);
  const rejecter = (c: Clause, src: ClauseArg) => rejecterOf(c, src, idx, best, resolver);
  const out: Candidate[] = [];
  const wrappedOuter = new Set<string>();
  // wrappers (by outer clause and word) that wrap a real event pattern with a coded target: the same wrapper's empty reading ("+none") gives way
  const fullWrappers = new Set<string>();
  const emptyBy = new Map<Candidate, string>();
  const askedOf = (outer: Clause): boolean => findWrapper(outer, idx, set, doc, tokenAt)?.wrapper.target === 'complement-subject';
  for (let k = 0; k < doc.clauses.length; k++) {
    const c = doc.clauses[k]!;
    const hit = findWrapper(c, idx, set, doc, tokenAt);
    // most clauses have neither an event pattern nor a wrapper: the checks of untold clauses below can only skip them
    if (!hit && !best.has(c.id)) continue;
    // "demanded the withdrawal of Serbian forces", "threatened sanctions": when the wrapper verb's own pattern fired
    // on its object, that pattern tells the act; the object is its thing, not an event of its own
    if (hit && c.kind === 'noun' && hit.outer.id === c.parent && best.has(hit.outer.id)) continue;
    // "demanded that its partners refuse to recognize Macedonia", "urged Somalia to refuse talks": a refusal, threat or
    // intent that is itself demanded or urged of someone is not made; the demand or appeal is the event
    if (hit && hit.outer.kind === 'verb' && hit.outer !== c && askedOf(hit.outer)) continue;
    if (prevented(c, idx, set) || purposeOnly(c, idx, doc.text) || reasonOfJudgment(c, idx, doc.text, best, set) || entitlementOnly(c, idx, set, doc.text)) continue;
    // "a general said he expects North Korea to launch a missile", "believes the leaders will meet", "will likely develop":
    // a forecast, no act told and no stated intent (nor what it wraps: "is likely to respond with threats")
    if (forecast(c.kind === 'noun' && c.parent ? idx.byId.get(c.parent) ?? c : c, idx, set, doc.text) || (hit && forecast(hit.outer, idx, set, doc.text))) continue;
    const pattern = contentOfAnswer(c, best, idx) || topicOfTalks(c, best, idx) ? null : best.get(c.id) ?? null;
    if (explain) trace[k]!.wrapper = hit;
    if ((!pattern && !hit) || isCond(c)) continue;
    if (!hit && nounComplementOnly(c, set, doc, tokenAt)) continue;
    // "rejected North Korea's demand to sever ties": the demanded act is the content of the answer, not an event.
    if (hit?.byNoun && answers(hit.outer, hit.start, hit.end, best)) continue;
    // "plans to urge the ministers": an intent to act with no intent code (the wrapper's `passes`) is that act, intended
    if (hit && pattern && hit.wrapper.passes?.includes(pattern.code.slice(0, 2))) {
      const intended = hit.wrapper.modality ?? null;
      out.push(...plain(c, pattern, idx, resolver, set, afterOf, condition, attackNoun, accuser).map((e) => (intended ? { ...e, modality: intended } : e)));
      continue;
    }
    // "signed an agreement to combat crime": a wrapper noun that is the object of an act told in its own right (a verb
    // whose own pattern fired) is that act's thing; the act is the event, not an intent beside it
    if (hit?.byNoun && !pattern && ownAct(hit, best)) continue;
    if (hit) {
      const code = wrappedCode(hit.wrapper, pattern?.code ?? null);
      const made = code ? wrapped(c, hit, code, pattern, idx, resolver, set, condition) : [];
      if (made.length > 0) {
        const key = `${hit.outer.id}:${hit.start}`;
        if (pattern && made.some((m) => m.target?.actor)) fullWrappers.add(key); else if (!pattern) for (const m of made) emptyBy.set(m, key);
        out.push(...made);
        if (!hit.byNoun) wrappedOuter.add(hit.outer.id);
        continue;
      }
      // "we urged Farmajo to return to talks": what is urged, refused or promised is not done, even when the wrapper's own source is not coded.
      if (code && pattern && !hit.byNoun) continue;
    }
    if (pattern) out.push(...plain(c, pattern, idx, resolver, set, afterOf, condition, attackNoun, accuser, rejecter));
  }
  // "vowing to intensify the campaign against the group": the vow wraps the campaign (a threat), not the light verb as an intent.
  const kept = out.filter((e) => !(wrappedOuter.has(e.clause.id) && !e.rule.includes('+')) && !fullWrappers.has(emptyBy.get(e) ?? ''));
  return { candidates: kept, trace };
}

/** The wrapper noun is the object of a verb whose own pattern fired ("signed an agreement to"). */
function ownAct(hit: WrapperHit, best: ReadonlyMap<string, Pattern>): boolean {
  const outer = hit.outer;
  return outer.kind === 'verb' && best.has(outer.id)
    && outer.args.some((a) => a.role === 'object' && a.start <= hit.start && a.end >= hit.end);
}

/** The coded subject of a condition that hangs on clause `c` (or on a clause below it): "unless Israel rescinds". */
function conditionSubject(c: Clause, idx: ClauseIndex, isCond: (c: Clause) => boolean, resolver: ActorResolver): ClauseArg | undefined {
  const queue = [c];
  for (let n = 0; n < queue.length && n < 12; n++) {
    for (const k of idx.children.get(queue[n]!.id) ?? []) {
      if (k.kind !== 'verb') continue;
      const cond = isCond(k);
      const sub = cond ? k.args.find((a) => a.role === 'subject' && a.inherited === null) : undefined;
      if (sub && isCoded(sub, resolver)) return sub;
      if (!cond) queue.push(k);
    }
  }
  return undefined;
}

function specificity(p: Pattern): number {
  return Object.keys(p.requires ?? {}).length * 10 + (p.subjects ? 5 : 0) + p.code.length;
}

/** Roles that name the thing a pattern acts on ("rejected the plan", "opposed to mediation", "called for sanctions"): its owner is a target. */
const THING_ROLES = new Set(['object', 'to', 'of', 'for', 'on']);

/** Appeals and demands (CAMEO 02, 10): made to people, the source's own included. */
const ASKING = /^(02|10)/;

/**
 * An attack whose attacker the text does not name ("A roadside bomb near Samarra killed two soldiers")
 * is coded, as ICEWS codes unidentified attackers, with the country where it happened as source: a place
 * in the attack's own phrase, else in a locative argument of the clause.
 */
function unnamedAttacker(c: Clause, src: ClauseArg, resolver: ActorResolver): ActorRef | null {
  // the attack's own phrase: up to the verb for a subject, to the end of the clause for an agent ("killed by a bomb outside the city of Basra").
  const limit = src.end <= c.head.start ? c.head.start : c.end;
  const m = resolver.entitiesIn(src.start, limit).find((x) => x.entity.geo?.country && (x.entity.type === 'GPE' || x.entity.type === 'LOC' || x.entity.type === 'FAC'));
  if (m) return { entity: null, actor: m.entity.geo!.country, country: m.entity.geo!.country, text: resolver.textOf(src.start, m.end) };
  const place = placeTarget(c, resolver);
  return place ? { ...place, entity: null, text: src.text } : null;
}

function plain(c: Clause, p: Pattern, idx: ClauseIndex, resolver: ActorResolver, set: PatternSet, afterOf: (c: Clause) => string, condition: (c: Clause) => ClauseArg | undefined, attackNoun: (a: ClauseArg, c: Clause) => boolean,
  accuser: (c: Clause, src: ClauseArg) => ClauseArg | undefined = () => undefined, rejecter: typeof accuser = () => undefined): Candidate[] {
  const passive = c.kind === 'verb' && c.voice === 'passive';
  const srcRoles = p.source ?? (c.kind === 'noun' ? ['possessor', 'modifier', 'agent', 'parent-subject'] : passive ? ['agent'] : ['subject']);
  let tgtRoles = p.target ?? (c.kind === 'noun' ? ['with', 'against', 'to', 'on', 'into', 'between'] : ['object', 'with', 'against', 'to', 'on', 'at', 'into']);
  if (passive && !tgtRoles.includes('subject')) tgtRoles = tgtRoles.map((r) => (r === 'object' ? 'subject' : r));
  const src = gluedProtesters(c, p, idx, set, resolver) ?? sourceArg(srcRoles, c, idx, set, resolver);
  if (!src) return [];
  // A pattern that names the thing acted on ("rejected the plan", "accepted the demands") takes that thing's owner as target when no role gives one.
  const required = Object.keys(p.requires ?? {}).flatMap((k) => k.split('|')).filter((r) => THING_ROLES.has(r) && !tgtRoles.includes(r));
  const own = targetArg(tgtRoles, c, idx, set, src, resolver, p.code.startsWith('11'), FORCE.test(p.code));
  // an uncoded target ("during the month of Ramadan") gives way to the coded owner of the required thing ("rejected Saddam Hussein's proposal").
  const owner = required.length > 0 && !(own && isCoded(own, resolver)) ? targetArg(required, c, idx, set, src, resolver) : undefined;
  // "offered its troops to Lebanon": what the source owns is not whom it acts on.
  const owned = !!owner && ownedBySource(owner, src, resolver);
  // "an offensive launched in X ... pushing IS out of its strongholds": a target that only names where an event noun happened gives way
  // to the coded actor the noun acts on as subject of a verb
  const acted = c.kind === 'noun' && own && !(owner && isCoded(owner, resolver)) && namesPlaceOnly(own, resolver) ? subjectNounTarget(c, idx, set, src, resolver) : undefined;
  const tgt = (acted && isCoded(acted, resolver) && !namesPlaceOnly(acted, resolver) ? acted : undefined)
    ?? (owner && !owned && isCoded(owner, resolver) ? owner : own ?? (owned ? undefined : owner))
    ?? (c.kind === 'noun' ? subjectNounTarget(c, idx, set, src, resolver) : undefined)
    // "allegations by the army spokesman linking the attack with Afghanistan": what an accusation links or blames names the accused
    ?? (c.kind === 'noun' && p.code.startsWith('11') ? nounGluedTarget(c, idx, resolver) : undefined)
    ?? (PURPOSE_ROOTS.test(p.code) ? purposeTarget(c, idx, set, src, resolver) : undefined)
    ?? (PARTNER_ROOTS.test(p.code) ? purposePartner(c, idx, src, resolver) : undefined)
    // "ordered its military to withdraw", "urged its citizens to leave": an appeal or an order to the source's own people
    ?? (ASKING.test(p.code) ? c.args.find((a) => a.role === 'object' && a.inherited === null && namesHomePeople(a, set) && ownedBySource(a, src, resolver)) : undefined);
  const flags = c.kind === 'noun' && c.parent ? idx.byId.get(c.parent) ?? c : c;
  let code = p.code;
  let modality = modalityOf(flags, idx, set);
  let negated = flags.negated || deniedBy(flags, idx);
  // "will host", "said they would meet": intent (03x); "will not accept": refusal (12x); "will withdraw unless": threat (13x).
  const future = futureReading(set, flags, code, afterOf(flags));
  if (future) {
    code = future.code;
    negated = future.negated || deniedBy(flags, idx);
    // ("cannot accept": a refusal made now)
    modality = flags.link === 'reported' ? 'reported' : isAbility(flags.modal) ? 'asserted' : 'intended';
  }
  // "will stop the talks if the United States deploys ...": a threat is aimed at whoever must meet the condition.
  const threatTarget = !(tgt && isCoded(tgt, resolver)) && code.startsWith('13') ? condition(flags) : undefined;
  const unnamed = VIOLENT.test(p.code) && attackNoun(src, c) ? unnamedAttacker(c, src, resolver) : null;
  // "Pakistani officials blamed India, ..., a charge New Delhi rejected": a rejected accusation is aimed at its accuser.
  const rejected = !(tgt && isCoded(tgt, resolver)) && code.startsWith('12') && c.args.some(namesAccusation) ? accuser(c, src) : undefined;
  // "the Taliban rejected Pakistan's allegation": the rejected accusation was aimed at whoever rejects it.
  const accused = !(tgt && isCoded(tgt, resolver)) && code.startsWith('11') ? rejecter(c, src) : undefined;
  return pairs(c, p, code, src, threatTarget ?? rejected ?? accused ?? tgt, resolver, set, unnamed).map(([source, target]) => ({
    code, rule: p.id, mode: p.mode ?? null, plover: code === p.code ? p.plover ?? null : null, source, target, clause: c,
    negated, modality,
    evidence: [{ start: Math.min(c.start, flags.start), end: Math.max(c.end, flags.kind === c.kind ? c.end : c.end) }],
    confidence: confidenceOf(p.confidence ?? 0.7, source, target, src.inherited !== null),
    inherited: src.inherited !== null,
  }));
}

function wrapped(c: Clause, hit: WrapperHit, code: string, p: Pattern | null, idx: ClauseIndex, resolver: ActorResolver, set: PatternSet, condition: (c: Clause) => ClauseArg | undefined): Candidate[] {
  const outer = hit.outer;
  const own = c.args.find((a) => a.role === 'subject');
  // "requested more time to examine the case", "called the EU move to tax spirits "disappointing"": an infinitive after
  // a thing asked for or named is its purpose; nobody is urged.
  if (hit.wrapper.target === 'complement-subject' && !hit.byNoun && c.kind === 'verb' && purposeOfThing(c, outer, own, set)) return [];
  // "is prepared / committed / determined to": a passive-looking intent wrapper speaks for its subject.
  const outerRoles = outer.voice !== 'passive' ? ['subject'] : hit.wrapper.id === 'wrap.intend' ? ['agent', 'subject'] : ['agent'];
  const src = (hit.byNoun ? nounOwner(hit, outer, idx, resolver) ?? own ?? firstArg(['subject'], outer, idx, set) : undefined)
    ?? firstArg(outerRoles, outer, idx, set);
  if (!src) return [];
  const innerRoles = p?.target ?? ['object', 'with', 'against', 'to', 'on', 'at', 'into'];
  // Without a target inside, the wrapper's own object or against-phrase is the target: "rejected an Indian proposal for signing a deal",
  // "threatened retaliation against Washington".
  // ("ready to accept a U.S. proposal": the owner of the thing the inner pattern requires, as in a plain clause)
  const required = p ? Object.keys(p.requires ?? {}).flatMap((k) => k.split('|')).filter((r) => THING_ROLES.has(r) && !innerRoles.includes(r)) : [];
  const ownerOfThing = required.length > 0 ? targetArg(required, c, idx, set, src, resolver) : undefined;
  // "warned Washington of consequences if it turns to Moscow": whom a threat is made to, when coded, is its target.
  const warned = hit.wrapper.id === 'wrap.threaten' && !hit.byNoun ? outer.args.find((a) => a.role === 'object' && a.inherited === null && isCoded(a, resolver)) : undefined;
  const tgt = warned ?? (hit.wrapper.target === 'complement-subject' && own && (own.start !== src.start || own.end !== src.end)
    ? own : targetArg(innerRoles, c, idx, set, src, resolver) ?? (ownerOfThing && isCoded(ownerOfThing, resolver) ? ownerOfThing : undefined)
      ?? carriedTarget(c, innerRoles, idx, set, src, resolver))
      ?? (hit.byNoun ? undefined : targetArg(['object', 'against'], outer, idx, set, src, resolver));
  const aim = code.startsWith('13') && !(tgt && isCoded(tgt, resolver)) ? condition(c) ?? condition(outer) : undefined;
  const list = pairs(c, p, code, src, aim ?? tgt ?? null, resolver, set);
  // Without an event pattern inside, a wrapper codes only when it names an actor as target ("interest in returning its mission to Damascus").
  const kept = p ? list : list.filter(([, t]) => t?.actor);
  // "said he would urge the Commission to reconsider": an appeal or demand still to be made is intended, as "plans to urge" is
  const told = hit.wrapper.modality ?? modalityOf(outer, idx, set);
  const modality = told === 'reported' && outer.kind === 'verb' && outer.tense === 'future' && !outer.negated ? 'intended' : told;
  return kept.map(([source, target]) => ({
    code, rule: `${hit.wrapper.id}+${p?.id ?? 'none'}`, mode: p?.mode ?? null, plover: null, source, target, clause: c,
    negated: outer.negated || deniedBy(outer, idx), modality,
    evidence: [hit.byNoun ? { start: Math.min(hit.start, c.start), end: c.end } : { start: Math.min(outer.head.start, c.start), end: Math.max(c.end, outer.head.end) }],
    confidence: confidenceOf(p ? 0.65 : 0.5, source, target, src.inherited !== null),
    inherited: src.inherited !== null,
  }));
}

/**
 * "warned that it will continue to exert pressure on Iran": a verb of carrying on (lexicon `carryingVerbs`) names no one; the
 * coded target of the infinitive it carries is the target of what wraps it.
 */
function carriedTarget(c: Clause, roles: string[], idx: ClauseIndex, set: PatternSet, src: ClauseArg, resolver: ActorResolver): ClauseArg | undefined {
  if (c.kind !== 'verb' || !headVariants(c).some((l) => set.carryingVerbs.has(l))) return undefined;
  const carried = (idx.children.get(c.id) ?? []).find((k) => k.kind === 'verb' && k.form === 'infinitive' && k.link === 'complement');
  const found = carried ? targetArg(roles, carried, idx, set, src, resolver) : undefined;
  return found && isCoded(found, resolver) ? found : undefined;
}

/** A locative argument whose best entity is a place ("in Somalia's Puntland region"): it says where, not whom. */
function namesPlaceOnly(a: ClauseArg, resolver: ActorResolver): boolean {
  if (a.role !== 'prep' || !a.prep || !LOCATIVE_PREPS.has(a.prep)) return false;
  const best = resolver.entitiesIn(a.start, a.end)[0];
  return !!best && !!best.entity.geo && (best.entity.type === 'GPE' || best.entity.type === 'LOC' || best.entity.type === 'FAC');
}
const LOCATIVE_PREPS = new Set(['in', 'into', 'inside', 'near', 'at']);

/**
 * "believes the leaders will meet", "expects Iran to launch a missile": an act under a verb of belief or forecast (lexicon
 * `beliefVerbs`); "will likely develop", "is likely to respond": a verb group with a forecast word (`forecastWords`).
 */
function forecast(c: Clause, idx: ClauseIndex, set: Pick<PatternSet, 'beliefVerbs' | 'forecastWords'>, text?: string): boolean {
  if (c.kind !== 'verb') return false;
  if (text && (c.tense === 'future' || !!c.modal || c.form === 'infinitive')) {
    const words = text.slice(Math.max(0, c.group.start - 12), c.group.end).toLowerCase().match(/[a-z]+/g) ?? [];
    // the group itself, and for an infinitive the word right before it ("likely to respond")
    const group = text.slice(c.group.start, c.group.end).toLowerCase().match(/[a-z]+/g) ?? [];
    if (group.some((w) => set.forecastWords.has(w)) || (c.form === 'infinitive' && set.forecastWords.has(words[words.length - group.length - 1] ?? ''))) return true;
  }
  const parent = c.parent ? idx.byId.get(c.parent) : undefined;
  return !!parent && (c.link === 'reported' || c.link === 'complement') && (c.tense === 'future' || c.form === 'infinitive' || !!c.modal)
    && headVariants(parent).some((l) => set.beliefVerbs.has(l));
}

function modalityOf(c: Clause, idx: ClauseIndex, set?: Pick<PatternSet, 'aimVerbs' | 'beliefVerbs' | 'forecastWords'>): Candidate['modality'] {
  const parent = c.parent ? idx.byId.get(c.parent) : undefined;
  // (a wrapped act under a forecast: "expects Iran to urge")
  if (set && forecast(c, idx, set)) return 'hypothetical';
  // "He also plans to urge the ministers": what one plans or wants to do is intended, not done
  if (set && parent && c.link === 'complement' && c.form === 'infinitive' && set.aimVerbs.has(parent.head.lemma.toLowerCase())) return 'intended';
  // "Trump may overreach and start threatening": a possibility stays one when reported, and a verb coordinated with it or
  // completing it shares it; "said they would meet" is the future of the past, not a possibility.
  for (let k: Clause | undefined = c, n = 0; k && n < 4; n++) {
    if (k.modal && (POSSIBLE.has(k.modal) || OBLIGATION.has(k.modal))) return 'hypothetical';
    if (!(k.link === 'coordinate' || k.link === 'complement' || (k.link === 'adverbial' && k.form === 'gerund')) || !k.parent) break;
    k = idx.byId.get(k.parent);
  }
  if (c.link === 'reported' && parent && (SAYING.has(parent.head.lemma) || parent.head.lemma === 'deny')) return 'reported';
  if (c.modal === 'would') return 'hypothetical';
  if (c.tense === 'future') return 'intended';
  return 'asserted';
}

function deniedBy(c: Clause, idx: ClauseIndex): boolean {
  const parent = c.parent ? idx.byId.get(c.parent) : undefined;
  return !!parent && c.link === 'reported' && parent.head.lemma === 'deny' && !parent.negated;
}

function confidenceOf(base: number, s: ActorRef, t: ActorRef | null, inherited: boolean): number {
  let v = base + (s.actor ? 0.1 : -0.2) + (t?.actor ? 0.1 : t ? -0.05 : 0) - (inherited ? 0.1 : 0);
  v = Math.min(0.99, Math.max(0.05, v));
  return Math.round(v * 100) / 100;
}

export type { TimeExpr };
