import type { Clause, ClauseArg } from '../../document/schema.js';
import { unresolvedPronoun } from './actor-screens.js';
import { ETHNIC, PARTNER_ROOTS, PLACE_ONLY_ROOTS, PLACE_TARGET_ROOTS, looksLikeActor, looksLikeActorOrTheirs, placeTarget } from './event-roles.js';
import { homeTarget, namesHomePeople } from './home-people.js';
import type { Pattern, PatternSet } from './patterns/pattern-schema.js';
import { LOCATED_LAST, type ActorRef, type ActorResolver } from './resolve-actors.js';

/** Coercion, assault, fight and mass violence (CAMEO 17-20): acts done to people. */
export const FORCE = /^(17|18|19|20)/;
/** Assault, fight and mass violence (CAMEO 18-20). */
export const VIOLENT = /^(18|19|20)/;
/** Actor codes (after the country) of the state itself: the country alone, government (its factions: "GOVTAL"), military, police, courts, intelligence, legislature. */
const STATE_SECTOR = /^(?:GOV|MIL|COP|JUD|SPY|LEG|$)/;
/** Actor codes (after the country) of armed groups fighting inside their own country: rebels, insurgents. */
export const INSURGENT = /^(REB|INS)/;

/** Heads of plural actors that stand for a pair named just before ("the two ministers", "both sides"). */
const PLURAL_HEADS = new Set(['minister', 'side', 'country', 'leader', 'president', 'official', 'delegation', 'government', 'party', 'nation', 'counterpart']);

/** Intent, refusal and threat: codes that speak of another act (CAMEO 03, 12, 13). */
const SAID_OF_ACT = /^(03|12|13)/;

/** "at home" right after people: where the source itself is. */
const AT_HOME = /^\s+at\s+home\b/i;

/** Words after people that say where they come from or what they belong to, not where they are. */
const ORIGIN = /^\s*(?:of|from|belonging|loyal|affiliated|linked)\s/i;


/** Roots of acts done to a thing ("supported the call", "shipped weapons"), not to each other. */
const THING_DONE_ROOTS = new Set(['05', '06']);


/**
 * One (source, target) per actor pair: coordination gives one event per part; reciprocal patterns
 * act both ways, and so does a cooperative event of a compound actor with no target ("Hungarian and
 * Romanian officials agreed").
 */
export function pairs(c: Clause, p: Pattern | null, code: string, src: ClauseArg, tgt: ClauseArg | null | undefined, resolver: ActorResolver, set: PatternSet, unnamed: ActorRef | null = null): Array<[ActorRef, ActorRef | null]> {
  // An uncoded actor noun placed by the phrase after it ("Demonstrators in Baghdad") takes the place's country.
  // An ethnic group ("ethnic Albanians in Serbia") is coded by where it lives, when the clause says so.
  // (a target placed so in another country than the source's is coded with the sector of its role: "militants in Afghanistan" -> AFGREB;
  // the source's own people are left to the rules on home people below)
  // (a force done to a thing named after its people is done to them: "attacked a police station")
  const actorLike = (text: string, target: boolean) => (target && FORCE.test(code) ? looksLikeActorOrTheirs(text, set) : looksLikeActor(text, set));
  const placed = (r: ActorRef, a: ClauseArg, part: { start: number; end: number }, target = false): ActorRef => {
    const ethnic = ETHNIC.test(resolver.textOf(part.start, part.end));
    // (a pronoun is whom its antecedent is, never the place after it: "barred them from schools in X")
    if ((r.actor && !ethnic) || (!r.actor && !actorLike(r.text, target)) || part.end !== a.end || unresolvedPronoun(r)) return r;
    const limit = c.head.start > a.end ? c.head.start : a.end + 80;
    // "calling on authorities at home and in Europe": people "at home" are of the source's own country, with the sector of their role
    const home = target && AT_HOME.test(resolver.textOf(part.end, part.end + 9)) ? sources.find((n) => n.country)?.country : undefined;
    if (home) return { entity: null, actor: `${home}${resolver.roleSector(r.text.trim().split(/\s+/).at(-1) ?? '') ?? ''}`, country: home, text: `${r.text.trim()} at home` };
    const where = resolver.placeAfter(part.end, limit, r.text) ?? (ethnic ? placeTarget(c, resolver) : null);
    if (!where) return r;
    // (a country, not an organisation they belong to; the sector of the head word only: "a mission of observers" is no government)
    // (where they are, not where they come from: "observers from Somalia" keep the country alone)
    const sector = target && where.country && where.actor === where.country && !sources.some((n) => n.country === where.country) && !ORIGIN.test(where.text.slice(r.text.trim().length))
      ? resolver.roleSector(r.text.trim().replace(LOCATED_LAST, '').split(/\s+/).at(-1) ?? '') : null;
    return { ...where, entity: null, actor: sector ? `${where.country}${sector}` : where.actor, text: where.text.startsWith(r.text) ? where.text : r.text };
  };
  const actorsOf = (a: ClauseArg, holds: boolean, target = false) => a.parts.flatMap((s) => resolver.members(placed(resolver.resolve(s.start, s.end, holds), a, s, target))).filter((r) => r.entity || r.actor || actorLike(r.text, target));
  // The modifier or possessor of an event noun is its actor, adjective included: "Israeli air raids", "Palestinian suicide bombers".
  const named = actorsOf(src, src.role === 'modifier' || src.role === 'possessor');
  // Protesters nobody names ("Hundreds of thousands of people blocked streets in Hong Kong") are coded, as
  // "protesters in Lima" are, by the place where they protest.
  const where = code.startsWith('14') && named.some((r) => !r.actor) ? placeTarget(c, resolver) : null;
  const sources = named.length === 0 && unnamed ? [unnamed] : where ? named.map((r) => (r.actor ? r : { ...where, entity: null, text: r.text })) : named;
  const targets = tgt ? actorsOf(tgt, true, true) : [];
  const out: Array<[ActorRef, ActorRef | null]> = [];
  // "Greece, Panama and South Korea supported the call": what a compound actor does to a thing it does not do to its members.
  // (agreeing on or discussing a thing is still mutual: "reached a consensus", "discussed trade")
  const onThing = c.kind === 'verb' && THING_DONE_ROOTS.has(code.slice(0, 2)) && c.args.some((a) => a.role === 'object');
  if (targets.length === 0 && (p?.reciprocal || (PARTNER_ROOTS.test(code) && !onThing))) {
    let group = sources;
    if (group.length === 1 && PLURAL_HEADS.has(src.head) && !group[0]!.actor) group = resolver.recentPair(c.start) ?? group;
    if (group.length >= 2) {
      for (const a of group) for (const b of group) if (a !== b) out.push([a, b]);
      return out;
    }
  }
  // Material events with no target act on the place they happen in ("lifted the curfew in Montenegro", "shelled positions near Rafah");
  // so do intentions, refusals and threats of them ("will evacuate the settlements in Gaza", "refused to withdraw from the town").
  const ownMaterial = PLACE_TARGET_ROOTS.has(code.slice(0, 2));
  const material = ownMaterial || PLACE_ONLY_ROOTS.has(code.slice(0, 2)) || (!!p && PLACE_TARGET_ROOTS.has(p.code.slice(0, 2)) && SAID_OF_ACT.test(code));
  const place = material && (targets.length === 0 || targets.some((t) => !t.actor)) ? placeTarget(c, resolver) : null;
  if (targets.length === 0 && place) targets.push(place);
  for (const s of sources) {
    // Protests with no named target, and uncoded people acted upon ("dispersed demonstrators"), are domestic:
    // they take the country of the place, else the source's own country.
    const home = s.country ? { entity: null, actor: s.country, country: s.country } : null;
    if (targets.length === 0 && code.startsWith('14') && home) { out.push([s, { ...home, text: '' }]); continue; }
    // A curfew or martial law with no place named (a pattern marked `domestic`) is imposed on the source's own country,
    // and so is the threat or intent of one ("is prepared to impose martial law").
    if (targets.length === 0 && p?.domestic && home) { out.push([s, { ...home, text: '' }]); continue; }
    // An insurgency's violence with nobody named and no place ("BLA insurgents ambushed a bus") is aimed at its own country.
    if (targets.length === 0 && VIOLENT.test(code) && home && INSURGENT.test(s.actor?.slice(3) ?? '')) { out.push([s, { ...home, text: '' }]); continue; }
    // A state's coercion with nobody named ("suspended parts of the constitution", "arrested 12") is done to its own country.
    if (targets.length === 0 && code.startsWith('17') && home && STATE_SECTOR.test(s.actor?.slice(3) ?? '')) { out.push([s, { ...home, text: '' }]); continue; }
    if (targets.length === 0) out.push([s, null]);
    for (const t of targets) {
      if (t.entity && t.entity === s.entity) continue;
      // "barred him from the country": a pronoun nobody can be stays one (the screens drop the act), never the place or the source's country.
      if (unresolvedPronoun(t)) { out.push([s, t]); continue; }
      // (a refused act's uncoded target stays uncoded: "will not accept any more refugees" is no act on oneself; an intended one is domestic)
      // (people coerced or attacked are coded with the sector of their role: "killed 33 terrorists" -> PAKREB, "fired on protesters in Lahore" -> PAKOPP)
      const people = (country: string) => (FORCE.test(code) ? homeTarget(country, t.text, resolver) : { entity: null, actor: country, country, text: t.text });
      const placed = FORCE.test(code) && !t.entity && t.country && t.actor === t.country ? people(t.country) : null;
      // (not people said to be from elsewhere: "international forces", "foreign troops")
      const domestic = !!home && (ownMaterial || code.startsWith('03')) && !fromElsewhere(t.text, set);
      const local = placed ?? (!t.actor && material ? (place?.country ? people(place.country) : domestic ? people(home!.country) : null) : null);
      // "urged the population to stay calm", "pleaded with civilians": a country's own people (lexicon `homeNouns`) with no country named are the source's.
      // (coded with the sector the role gives: the Haitian government urging Haitian civilians is no act on itself)
      const own = !local && !t.entity && home && (!t.actor || t.actor === home.actor) && tgt && namesHomePeople(tgt, set) && !fromElsewhere(t.text, set) ? homeTarget(home.country, t.text, resolver, set.homeNouns) : null;
      out.push([s, local ?? own ?? t]);
    }
  }
  return out;
}


/** "international forces", "foreign troops" (lexicon `foreignWords`): people the text says are not the source's own. */
function fromElsewhere(text: string, set: Pick<PatternSet, 'foreignWords'>): boolean {
  return text.trim().split(/\s+/).some((w) => set.foreignWords.has(w.toLowerCase()));
}
