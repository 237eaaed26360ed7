import type { Clause, ClauseArg } from '../../document/schema.js';
import { TIME_WORDS } from '../clauses/clause-words.js';
import { argsOf, headVariants, isActorModifier, type ClauseIndex } from './patterns/match-clause.js';
import type { Pattern, PatternSet } from './patterns/pattern-schema.js';
import { hasThingObject, namesActorNoun } from './patterns/thing-objects.js';
import type { ActorRef, ActorResolver } from './resolve-actors.js';
import type { WrapperHit } from './wrappers.js';

/**
 * Which argument of a clause is an event's source and which its target: the roles a pattern names,
 * then the fallbacks (a wrapper noun's owner, a subject noun's object, the accuser of a rejected
 * charge, a purpose, a place), and whether an unresolved argument can still be an actor.
 */
/** "a US offer to host", "Moscow's plan to send": the coded actor that owns a wrapper noun is the source of what it wraps. */
export function nounOwner(hit: WrapperHit, outer: Clause, idx: ClauseIndex, resolver: ActorResolver): ClauseArg | undefined {
  const noun = (idx.children.get(outer.id) ?? []).find((k) => k.kind === 'noun' && k.head.start <= hit.start && k.head.end >= hit.end);
  const owner = noun?.args.find((a) => a.role === 'possessor' || (a.role === 'modifier' && isActorModifier(a)) || ((a.role === 'prep' || a.role === 'agent') && (a.prep === 'from' || a.prep === 'by')));
  return owner && owner.parts.some((pt) => resolver.resolve(pt.start, pt.end).actor !== null) ? owner : undefined;
}

/**
 * An event noun that is the subject of a verb acts on that verb's object, or on the owner of it:
 * "the offensive toppled the government", "the offensive brought the rule of the Assad family to an end".
 */
export function subjectNounTarget(c: Clause, idx: ClauseIndex, set: PatternSet, src: ClauseArg, resolver: ActorResolver): ClauseArg | undefined {
  const holdsNoun = (k: Clause) => k.kind === 'verb' && k.voice !== 'passive' && k.args.some((a) => a.role === 'subject' && a.start <= c.head.start && a.end >= c.head.end);
  // The verb may be the noun's own parent or further down its chain ("an offensive spearheaded by X, led by Y, brought ...").
  let parent: Clause | undefined;
  const queue = c.parent ? [idx.byId.get(c.parent)] : [];
  for (let n = 0; n < queue.length && n < 8 && !parent; n++) {
    const k = queue[n];
    if (!k) continue;
    if (holdsNoun(k) && k.args.some((a) => a.role === 'object')) parent = k;
    else queue.push(...(idx.children.get(k.id) ?? []).filter((x) => x.kind === 'verb'));
  }
  if (!parent) return undefined;
  const object = parent.args.find((a) => a.role === 'object')!;
  if (object.parts.some((pt) => resolver.resolve(pt.start, pt.end, true).actor !== null)) return object;
  const noun = (idx.children.get(parent.id) ?? []).find((k) => k.kind === 'noun' && k.head.start >= object.start && k.head.end <= object.end);
  return noun?.args.find((a) => (a.role === 'possessor' || (a.role === 'prep' && a.prep === 'of')) && a.parts.some((pt) => resolver.resolve(pt.start, pt.end).actor !== null) && !(a.start === src.start && a.end === src.end));
}

/** Nouns naming an accusation, whose rejection is aimed at whoever made it. */
const ACCUSATIONS = new Set(['accusation', 'allegation', 'charge', 'claim', 'assertion']);

/** "rejected the accusations", and "a charge New Delhi rejected" (read with the charge inside the subject). */
export const namesAccusation = (a: ClauseArg) => ACCUSATIONS.has(a.head) || a.text.toLowerCase().split(/[^a-z]+/).some((w) => ACCUSATIONS.has(w.replace(/s$/, '')));

/** The coded actor who accuses (11x) in another clause of the sentence: a verb's subject, a noun's owner or by/from-phrase. */
export function accuserOf(c: Clause, src: ClauseArg, sentence: Clause[], best: Map<string, Pattern>, resolver: ActorResolver): ClauseArg | undefined {
  for (const k of sentence) {
    // an accusation (11x), or a clause whose object is one ("reiterated the claim that ...")
    if (k === c || !(best.get(k.id)?.code.startsWith('11') || (k.kind === 'verb' && k.args.some((a) => a.role === 'object' && ACCUSATIONS.has(a.head))))) continue;
    const who = k.kind === 'verb' ? k.args.find((a) => a.role === 'subject')
      : k.args.find((a) => a.role === 'possessor' || ((a.role === 'prep' || a.role === 'agent') && (a.prep === 'by' || a.prep === 'from')));
    if (who && namesOther(who, src, resolver)) return who;
  }
  return undefined;
}

/**
 * "The Taliban rejected Pakistan's allegation", "we reject the allegations by the army spokesman": an accusation
 * (11x noun) that another actor rejects or denies (12x, in the object of the verb) was aimed at that actor.
 */
export function rejecterOf(c: Clause, src: ClauseArg, idx: ClauseIndex, best: Map<string, Pattern>, resolver: ActorResolver): ClauseArg | undefined {
  const parent = c.kind === 'noun' && c.parent ? idx.byId.get(c.parent) : undefined;
  if (!parent || parent.kind !== 'verb' || !best.get(parent.id)?.code.startsWith('12')) return undefined;
  const passive = parent.voice === 'passive';
  const thing = parent.args.find((a) => a.role === (passive ? 'subject' : 'object') && a.start <= c.head.start && a.end >= c.head.end);
  const who = thing && parent.args.find((a) => a.role === (passive ? 'agent' : 'subject'));
  return who && namesOther(who, src, resolver) ? who : undefined;
}

/** "urged an end to the fight between the U.S. and Europe" said by an American: the source's own country is one of the sides, so whom it addresses is not told. */
function sideOf(a: ClauseArg, src: ClauseArg, resolver: ActorResolver): boolean {
  const own = new Set(src.parts.map((pt) => resolver.resolve(pt.start, pt.end).country).filter((x) => x !== null));
  return a.parts.some((pt) => { const c = resolver.resolve(pt.start, pt.end, true).country; return c !== null && own.has(c); });
}

/** The argument names a coded actor other than the source's. */
function namesOther(a: ClauseArg, src: ClauseArg, resolver: ActorResolver): boolean {
  const own = new Set(src.parts.map((pt) => resolver.resolve(pt.start, pt.end).actor));
  return a.parts.some((pt) => { const r = resolver.resolve(pt.start, pt.end, true).actor; return r !== null && !own.has(r); });
}

/** Intent, consultation, diplomatic and material cooperation (CAMEO 03-06): acts done with a partner (between the members of a compound actor, both ways). */
export const PARTNER_ROOTS = /^0[3-6]/;

/**
 * "led talks with Ukrainian officials to reach the agreement", "met the rebels' envoys ... to sign a deal": a cooperative act
 * with no target of its own, told as the purpose (an infinitive complement) of a clause done with a coded actor, is done with
 * that actor (the clause's own with-phrase, or that of the noun it carries).
 */
export function purposePartner(c: Clause, idx: ClauseIndex, src: ClauseArg, resolver: ActorResolver): ClauseArg | undefined {
  const verb = c.kind === 'noun' && c.parent ? idx.byId.get(c.parent) : c;
  if (!verb || verb.kind !== 'verb' || verb.form !== 'infinitive' || verb.link !== 'complement' || !verb.parent) return undefined;
  const outer = idx.byId.get(verb.parent);
  if (!outer || outer.kind !== 'verb') return undefined;
  const nouns = (idx.children.get(outer.id) ?? []).filter((k) => k.kind === 'noun' && k.head.start > outer.group.end && k.head.end <= verb.start);
  const withs = [outer, ...nouns].flatMap((k) => k.args.filter((a) => a.role === 'prep' && a.prep === 'with' && a.inherited === null && a.end <= verb.start));
  return withs.find((a) => namesOther(a, src, resolver));
}

/** Protests and threats: whom they are aimed at is often told by their purpose ("to demand the resignation of X"). */
export const PURPOSE_ROOTS = /^(13|14)/;

/**
 * "staged rallies to demand reforms by President X's government", "blocked roads to show their disapproval of the
 * United States' policies": the coded actor of the purpose infinitive after a protest (its against/of/for phrase,
 * or the owner of its object) is the protest's target.
 */
export function purposeTarget(c: Clause, idx: ClauseIndex, set: PatternSet, src: ClauseArg, resolver: ActorResolver): ClauseArg | undefined {
  const holder = c.kind === 'noun' && c.parent ? idx.byId.get(c.parent) : c;
  if (!holder) return undefined;
  const purposes = (idx.children.get(holder.id) ?? []).filter((k) => k.kind === 'verb' && k.form === 'infinitive' && k.link === 'complement');
  for (const k of purposes) {
    const found = targetArg(['against', 'object', 'of', 'for', 'at', 'over'], k, idx, set, src, resolver);
    if (found && isCoded(found, resolver)) return found;
  }
  return undefined;
}

export function firstArg(roles: string[], c: Clause, idx: ClauseIndex, set: PatternSet, not?: ClauseArg): ClauseArg | undefined {
  for (const r of roles) {
    if (r === 'parent-subject') {
      const parent = c.parent ? idx.byId.get(c.parent) : undefined;
      if (!parent || !headVariants(parent).some((l) => set.lightVerbs.has(l))) continue;
      // the light verb carries the noun it takes ("extended the curfew", "engaged in clashes", "launched ten days of war games"),
      // not one further on ("extended the curfew in response to the unrest").
      const after = parent.args.filter((a) => a.inherited === null && a.role !== 'subject' && a.start >= parent.group.end).sort((a, b) => a.start - b.start);
      let end = after[0]?.end ?? -1;
      for (const a of after.slice(1)) if (a.prep === 'of' && a.start - end <= 4) end = a.end; else break;
      if (!after[0] || after[0].start > c.head.start || end < c.head.end) continue;
    }
    const found = argsOf(r, c, idx, set.lightVerbs).find((a) => !(not && a.start === not.start && a.end === not.end) && (r !== 'modifier' || isActorModifier(a)));
    if (found) return found;
  }
  return undefined;
}

/** The first source role whose argument resolves to a coded actor, else the first that looks like an actor. */
/**
 * "dispersed demonstrators protesting the results": a protest (14) told by an -ing form glued to the people
 * before it (no comma, no preposition) is done by those people, not by the subject the form inherited.
 */
export function gluedProtesters(c: Clause, p: Pick<Pattern, 'code'>, idx: ClauseIndex, set: PatternSet, resolver: ActorResolver): ClauseArg | undefined {
  if (!p.code.startsWith('14') || c.kind !== 'verb' || c.form !== 'gerund' || c.link !== 'adverbial' || !c.parent) return undefined;
  if (c.args.some((a) => a.role === 'subject' && a.inherited === null)) return undefined;
  const parent = idx.byId.get(c.parent);
  const people = parent?.args.find((a) => a.inherited === null && (a.role === 'object' || a.role === 'subject' || a.role === 'prep') && /^\s+$/.test(resolver.textOf(a.end, c.group.start)));
  if (!people || !isActorNoun(resolver.textOf(people.start, people.end).trim().split(/\s+/).at(-1) ?? '', set)) return undefined;
  return { ...people, role: 'subject', inherited: null };
}

export function sourceArg(roles: string[], c: Clause, idx: ClauseIndex, set: PatternSet, resolver: ActorResolver): ClauseArg | undefined {
  const coded = (a: ClauseArg) => a.parts.some((pt) => resolver.resolve(pt.start, pt.end).actor !== null);
  const candidates: ClauseArg[] = [];
  for (const r of roles) {
    const a = firstArg([r], c, idx, set);
    if (a) candidates.push(a);
  }
  return candidates.find(coded) ?? candidates[0];
}

/**
 * The first target role whose argument names an actor. An argument that is not an actor itself but
 * holds one ("rejected a U.S. request", "an offer from Afghanistan", "North Korea's demand") yields
 * that actor: the entity inside it, or the by/from phrase of its noun.
 */
export function targetArg(roles: string[], c: Clause, idx: ClauseIndex, set: PatternSet, src: ClauseArg, resolver: ActorResolver, disapproval = false, force = false): ClauseArg | undefined {
  const coded = (a: ClauseArg) => a.parts.some((pt) => resolver.resolve(pt.start, pt.end, true).actor !== null);
  // (a force done to "a police station" is done to the police: `looksLikeActorOrTheirs`)
  const actorLike = force ? looksLikeActorOrTheirs : looksLikeActor;
  const plausible = (a: ClauseArg) => a.parts.some((pt) => { const r = resolver.resolve(pt.start, pt.end, true); return r.entity !== null ? r.actor !== null || (resolver.isPerson(r.entity) && a.text.trim().endsWith(r.text)) : actorLike(r.text, set); });
  const candidates: ClauseArg[] = [];
  for (const r of roles) {
    if (r === 'parent-subject') continue;
    for (const a of argsOf(r, c, idx, set.lightVerbs)) {
      if (a.start === src.start && a.end === src.end) continue;
      // "Iran warned that it would retaliate": a clause about the source itself names no target
      // (a thing there may still hold another actor: "warned that cooperation between X and Y is dangerous")
      if (r === 'complement-subject' && !namesOther(a, src, resolver) && plausible(a)) continue;
      if (plausible(a)) {
        // "barred him from the country": a person named by a pronoun is whom the act is done to, even with no antecedent found
        // (the screens drop the act then); a later role's place or actor is not a stand-in for him.
        if (candidates.length === 0 && PERSON_PRONOUN.test(a.text.trim()) && !coded(a)) return a;
        candidates.push(a);
        if (coded(a)) continue;
      } else {
        // "tariffs on $20 billion worth of U.S. exports": an of-phrase right after a thing names whose it is
        const of = c.args.find((x) => x.role === 'prep' && x.prep === 'of' && x.start > a.end && /^\s*of\s*$/i.test(resolver.textOf(a.end, x.start)));
        if (of && coded(of)) { candidates.push(of); continue; }
      }
      // (the subject of a that-clause is a noun of that clause, or of a clause beside it: "warned that expanding cooperation between X and Y is dangerous")
      const noun = nounClauseOf(a, c, idx) ?? (r === 'complement-subject' ? nounInClausesOf(a, c, idx) : undefined);
      // the noun's owner ("calls by Annan", "an offer from Kabul"), else whom it is aimed at ("further action against Russia", "a truce with the rebels",
      // "a deal between X and Y", "his commitment to the people" for nouns of giving or promising (lexicon `recipientNouns`); not "on": "agreement on trade" names a topic;
      // not a helper: "with Albania's help"). An uncoded argument that looks like an actor ("all official contact with X") still gives way to a coded one inside it.
      const inner = noun?.args.find((x) => ((x.role === 'prep' || x.role === 'agent') && (x.prep === 'by' || x.prep === 'from')) && plausible(x))
        // (not for disapproval: "condemned the violence against civilians" is aimed at whoever did it, not at the victims)
        // ("a deal between Britain and Mauritius", "cooperation between Russia and North Korea": both parties)
        ?? (disapproval ? undefined : noun?.args.find((x) => x.role === 'prep' && (x.prep === 'against' || x.prep === 'with' || (x.prep === 'to' && set.recipientNouns.has(noun.head.lemma.toLowerCase())) || (x.prep === 'between' && !sideOf(x, src, resolver))) && !HELP_NOUNS.has(x.head) && plausible(x)))
        // "shelled positions of the security forces", "the blockade of Serbia": an actor the thing belongs to.
        ?? noun?.args.find((x) => x.role === 'prep' && x.prep === 'of' && coded(x))
        // "a camp for Congolese refugees", "the mandate for the peacekeeping force in Lebanon": whom the thing is for (people placed by the phrase after them too).
        ?? noun?.args.find((x) => x.role === 'prep' && x.prep === 'for' && (coded(x) || placedPeople(x, resolver, set)))
        // "drills encircling Taiwan", "a resolution condemning Israel": the coded object of an -ing form glued to the thing
        ?? gluedObject(a, c, idx, resolver, coded)
        // "concern over the violence in Israel": a topic takes the country it happens in (not a disapproval's: victims' places are not whom it condemns)
        ?? (TOPIC_ROLES.has(r) && !disapproval ? noun?.args.find((x) => x.role === 'prep' && x.prep === 'in' && coded(x)) : undefined);
      if (inner) candidates.push(inner);
    }
  }
  // "offered to hand over to Britain two of its nationals": what the source owns is not whom it acts on.
  const others = candidates.filter((a) => !ownedBySource(a, src, resolver));
  // "blamed the attacks on militants present on Afghan soil": people placed by the phrase after them are coded by it (in `pairs`),
  // before a later role that only names their place
  return others.find((a) => coded(a) || placedPeople(a, resolver, set)) ?? others[0];
}

/** Pronouns that name one person ("him", "her"), never a thing. */
const PERSON_PRONOUN = /^(?:him|her)$/i;

/** An uncoded argument that looks like people and is placed by the phrase right after it ("militants in Afghanistan"). */
function placedPeople(a: ClauseArg, resolver: ActorResolver, set: PatternSet): boolean {
  const last = a.parts.at(-1);
  if (!last || last.end !== a.end) return false;
  const r = resolver.resolve(last.start, last.end, true);
  return r.actor === null && r.entity === null && looksLikeActor(r.text, set) && resolver.placeAfter(last.end, last.end + 80, r.text) !== null;
}

/** Roles that name what a statement is about ("concern over", "talked about"). */
const TOPIC_ROLES = new Set(['over', 'about', 'regarding']);

/** "with Albania's help", "with the support of": a with-phrase that names an ally, not whom the act is aimed at. */
const HELP_NOUNS = new Set(['help', 'support', 'assistance', 'backing', 'aid', 'cooperation', 'blessing', 'approval', 'consent']);

/** "its troops", "their citizens": people a possessive pronoun gives to the source itself. */
export function ownedBySource(a: ClauseArg, src: ClauseArg, resolver: ActorResolver): boolean {
  const own = new Set(src.parts.map((pt) => resolver.resolve(pt.start, pt.end).actor).filter((x) => x !== null));
  return a.parts.every((pt) => {
    const r = resolver.resolve(pt.start, pt.end, true);
    return r.entity === null && r.actor !== null && own.has(r.actor) && POSSESSIVE_START.test(r.text);
  });
}

const POSSESSIVE_START = /^(?:his|her|its|their)\s/i;

export const isCoded = (a: ClauseArg, resolver: ActorResolver) => a.parts.some((pt) => resolver.resolve(pt.start, pt.end, true).actor !== null);

export function nounClauseOf(a: ClauseArg, c: Clause, idx: ClauseIndex): Clause | undefined {
  const noun = (idx.children.get(c.id) ?? []).find((k) => k.kind === 'noun' && k.head.start >= a.start && k.head.end <= a.end);
  if (noun && !noun.args.some((x) => x.prep === 'by' || x.prep === 'from')) {
    const participle = (idx.participles.get(noun.sentence) ?? []).find((k) => k.args.some((x) => x.role === 'subject' && x.start <= noun.head.start && x.end >= noun.head.end));
    if (participle) return { ...noun, args: [...noun.args, ...participle.args.filter((x) => x.role === 'agent')] };
  }
  return noun;
}

/** The coded object of a gerund clause `c` governs that starts right after `a`, with nothing but a space between. */
function gluedObject(a: ClauseArg, c: Clause, idx: ClauseIndex, resolver: ActorResolver, coded: (a: ClauseArg) => boolean): ClauseArg | undefined {
  const k = (idx.children.get(c.id) ?? []).find((x) => x.kind === 'verb' && x.form === 'gerund' && x.group.start > a.end && x.group.start - a.end <= 1 && /^\s?$/.test(resolver.textOf(a.end, x.group.start)));
  return k?.args.find((x) => x.role === 'object' && x.inherited === null && coded(x));
}

/** A noun clause whose head lies inside `a`, among the clauses `c` governs (one level down). */
function nounInClausesOf(a: ClauseArg, c: Clause, idx: ClauseIndex): Clause | undefined {
  for (const k of idx.children.get(c.id) ?? []) {
    if (k.kind !== 'verb') continue;
    const noun = nounClauseOf(a, k, idx);
    if (noun) return noun;
  }
  return undefined;
}

export const ETHNIC = /\bethnic\b/i;

/** Material cooperation and conflict (CAMEO quad classes 2 and 4) and threats, whose target may be a place. */
export const PLACE_TARGET_ROOTS = new Set(['06', '07', '08', '13', '14', '15', '16', '17', '18', '19', '20']);
/**
 * Investigations (CAMEO 09) are done where they happen too: with no target named, inspectors sent to a site are aimed at
 * the country the site is in ("dispatched inspectors to a plant in central Iran"); but uncoded people investigated are
 * not taken as the source's own (the place, not the home country, codes them).
 */
export const PLACE_ONLY_ROOTS = new Set(['09']);
const PLACE_PREPS = new Set(['in', 'into', 'near', 'at', 'inside', 'on', 'across', 'outside', 'from']);

/**
 * The country of the first place named in a locative argument of the clause ("in Basra", "from the
 * besieged town of Srebrenica": an of-phrase right after a locative argument names the same place).
 */
export function placeTarget(c: Clause, resolver: ActorResolver): ActorRef | null {
  for (const [k, a] of c.args.entries()) {
    if (a.role !== 'prep' || !a.prep || !PLACE_PREPS.has(a.prep)) continue;
    const next = c.args[k + 1];
    const end = next && next.role === 'prep' && next.prep === 'of' && next.inherited === null && /^\s*of\s*$/.test(resolver.textOf(a.end, next.start)) ? next.end : a.end;
    const m = resolver.entitiesIn(a.start, end).find((x) => x.entity.geo?.country && (x.entity.type === 'GPE' || x.entity.type === 'LOC' || x.entity.type === 'FAC'));
    if (m) return { entity: m.entity.id, actor: m.entity.geo!.country, country: m.entity.geo!.country, text: resolver.textOf(m.start, m.end) };
    // "from the besieged Bosnian town of X": a place noun described by a country adjective.
    if (PLACE_NOUNS.has(a.head)) {
      const d = resolver.demonymIn(a.start, a.end);
      if (d) return { entity: null, actor: d.country, country: d.country, text: resolver.textOf(a.start, end) };
    }
  }
  return null;
}

/** Nouns that name a place: a country adjective before one says where it is ("the Bosnian town of"). */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'region', 'province', 'capital', 'port', 'enclave', 'district', 'territory', 'area', 'island', 'coast', 'camp']);



/** Numbers in words ("killed five"), and the words that qualify a number ("at least 12", "more than 20"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens']);
const QUANTIFIER_WORDS = new Set(['about', 'nearly', 'at', 'least', 'more', 'than', 'some', 'over', 'up', 'to', 'around', 'almost', 'roughly', 'another']);
const isNumber = (w: string) => /^\d[\d,]*$/.test(w) || NUMBER_WORDS.has(w.toLowerCase());

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'all', 'both']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'him', 'them', 'us']);

/** Answers that depend only on a word or a phrase and the pattern set, remembered (arguments repeat across clauses and documents). */
const actorNounMemo = new WeakMap<Set<string>, Map<string, boolean>>();
const actorLikeMemo = new WeakMap<Set<string>, Map<string, boolean>>();

/** `answer(key, set)`, remembered per pattern set (a memo past 50,000 keys starts afresh). */
function remembered(memos: WeakMap<Set<string>, Map<string, boolean>>, key: string, set: PatternSet, answer: (key: string, set: PatternSet) => boolean): boolean {
  let memo = memos.get(set.actorNouns);
  if (!memo || memo.size > 50000) memos.set(set.actorNouns, (memo = new Map()));
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = answer(key, set)));
  return v;
}

/** An unresolved argument can still be an actor: a name (capitalised word), a pronoun, or an actor noun ("protesters", "troops"). */
export function looksLikeActor(text: string, set: PatternSet): boolean {
  return remembered(actorLikeMemo, text, set, actorLike);
}

/**
 * As `looksLikeActor`, but a thing named after its people counts too: a force (17-20) done to "a police
 * station" or "an army base" is done to the police or the army.
 */
export function looksLikeActorOrTheirs(text: string, set: PatternSet): boolean {
  return remembered(theirsMemo, text, set, (t, s) => actorLike(t, s, true));
}
const theirsMemo = new WeakMap<Set<string>, Map<string, boolean>>();

function actorLike(text: string, set: PatternSet, theirs = false): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return true;
  // "killing one and arresting 12": a force done to a number is done to that many people
  if (theirs && words.some(isNumber) && words.every((w) => isNumber(w) || QUANTIFIER_WORDS.has(w.toLowerCase()))) return true;
  // "Lido beach", "Tahrir Square": a site, unless a word of it names people ("a police station")
  if (words.length > 0 && set.siteNouns.has(words.at(-1)!.toLowerCase()) && !words.some((w) => isActorNoun(w.toLowerCase(), set))) return false;
  return words.some((w, i) => {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    // "from 1 May", "on Monday": a month or a day is no actor.
    if (ARTICLES.has(lower) || TIME_WORDS.has(lower)) return false;
    if (/^[A-Z]/.test(w) && i > 0) return true;
    if (/^[A-Z]/.test(w) && i === 0 && !set.actorNouns.has(lower)) return true;
    // (an owner is no modifier: "the country's ability")
    return isActorNoun(lower, set) && (theirs || !(set.actorNouns.has(lower) && lower === w && modifiesNoun(words[i + 1], set)));
  });
}

/** Words after a noun that do not make it a modifier: prepositions, conjunctions, relatives, adverbs of place. */
const AFTER_HEAD = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'for', 'to', 'by', 'into', 'near', 'across', 'around', 'inside', 'outside', 'along', 'against',
  'over', 'under', 'within', 'throughout', 'and', 'or', 'but', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'there', 'here', 'alike', 'themselves', 'itself', 'abroad', 'nationwide']);

/**
 * An actor noun in its singular form right before another plain lowercase word is that word's modifier,
 * and the phrase names a thing: "community development projects", "police stations" ("government forces"
 * is still an actor by its head, "public schools" by the lexicon's `homeNouns`; a plural is a head:
 * "militants present on"). Not before a participle or a gerund: "protester demanding change".
 */
function modifiesNoun(next: string | undefined, set: PatternSet): boolean {
  if (next === undefined || !/^[a-z]+$/.test(next) || AFTER_HEAD.has(next) || TIME_WORDS.has(next) || /(?:ing|ed)$/.test(next)) return false;
  return !namesActorNoun(next, set.homeNouns);
}

/** A noun that names actors ("officials", "sides", "authorities"), by the lexicon, singular or plural. */
export function isActorNoun(word: string, set: PatternSet): boolean {
  return remembered(actorNounMemo, word, set, actorNoun);
}

function actorNoun(word: string, set: PatternSet): boolean {
  return namesActorNoun(word, set.actorNouns);
}

/** The complement of an appeal verb tells what the thing asked for or named is for: "requested more time to examine", "called the move to tax spirits unfair". */
export function purposeOfThing(c: Clause, outer: Clause, own: ClauseArg | undefined, set: PatternSet): boolean {
  if (own && !outer.args.some((a) => a.role === 'object' && a.start === own.start && a.end === own.end)) return false;
  // (a passive infinitive is what someone is urged to do to the thing: "urged the plan to be dropped")
  if (c.voice === 'passive') return false;
  return (own !== undefined && own.inherited === null && !looksLikeActor(own.text, set)) || hasThingObject(outer, set);
}
