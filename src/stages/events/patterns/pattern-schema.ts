import { z } from 'zod';

/** The fields of data/patterns/*.yaml (documented in the README, "Event patterns"). */
const words = z.array(z.string().min(1));
const code = z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits');
/** role key -> head lemmas: object, subject, agent, complement, verb, possessor-or-verb, a preposition; "a|b" for either. */
const roleMap = z.record(z.string().regex(/^[a-z-]+(\|[a-z-]+)*$/, 'role keys are words joined by |'), words);

export const patternSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'ids look like root.name'),
  code,
  verbs: words.optional().describe('verb lemmas; "blow up", "fire on": the second word is a particle, preposition or object'),
  nouns: words.optional().describe('noun lemmas; "phone call": the first words must stand before the head'),
  requires: roleMap.optional(),
  excludes: roleMap.optional(),
  subjects: words.optional().describe('the subject head must be one of these'),
  notSubjects: words.optional().describe('the subject head must not be one of these'),
  source: words.optional(),
  target: words.optional(),
  reciprocal: z.boolean().optional().describe('coordinated or plural actors without a target act on each other'),
  domestic: z.boolean().optional().describe('an act a government does within its own country (a curfew, martial law): with no target found, its target is the source\'s country'),
  needsTarget: z.boolean().optional().describe('the act always has another party: with no target found it is not reported (as the lexicon\'s dyadicRoots, for one pattern)'),
  mode: z.string().optional().describe('PLOVER mode, overriding the mapping'),
  plover: z.string().regex(/^[A-Z]+$/).optional().describe('PLOVER type of the act itself when PLOVER 2.0 types it apart from its CAMEO code (a resignation: RETREAT, mode resign)'),
  confidence: z.number().min(0).max(1).optional(),
  example: z.string().min(1),
}).strict().refine((p) => (p.verbs?.length ?? 0) + (p.nouns?.length ?? 0) > 0, 'a pattern needs verbs or nouns');

export const wrapperSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
  verbs: words.optional(),
  nouns: words.optional(),
  modal: words.optional().describe('modal verbs of a reported clause ("X said Y must ...")'),
  soloVerbs: words.optional().describe('verbs that are this wrapper when their infinitive shares their subject ("pushes to broker": an effort, no appeal)'),
  notVerbs: words.optional().describe('verbs of the wrapped clause the wrapper does not take ("should know that ...": a warning, no demand)'),
  modality: z.enum(['asserted', 'intended', 'hypothetical', 'reported']).optional(),
  codes: z.record(z.string(), code).refine((c) => 'default' in c, 'codes needs a default'),
  conflict: z.record(z.string(), code).optional().describe('codes when the complement is a conflict event (roots 14-20)'),
  target: z.enum(['complement-subject', 'complement-target']).optional(),
  passes: z.array(z.string().regex(/^\d\d$/, 'a CAMEO root is two digits')).optional().describe('roots of complement acts the wrapper has no code for: the act is coded itself, with the wrapper\'s modality'),
  example: z.string().min(1),
}).strict();

/** A definite description that refers back ("the group", "the ministry"): its head nouns and what they may stand for. */
export const backReferenceSchema = z.object({
  nouns: words.min(1),
  types: z.array(z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC'])).min(1),
  sectors: z.array(z.string().nullable()).optional().describe('actor sectors allowed (null: a country itself); any when absent'),
  named: z.boolean().optional().describe('the noun must be a word of the entity\'s name or of one of its mentions ("the ministry" for a ministry)'),
}).strict();

export const lexiconSchema = z.object({ actorNouns: words.optional(), lightVerbs: words.optional(), preventingVerbs: words.optional(), aimVerbs: words.optional(), wishVerbs: words.optional(), ceasingVerbs: words.optional(), backgroundPreps: words.optional(), backgroundOpeners: words.optional(), habitualAdverbs: words.optional(), underWayAdverbs: words.optional(), sameInPast: words.optional(), newsPresentVerbs: words.optional(), beliefVerbs: words.optional(), forecastWords: words.optional(), proposalNouns: words.optional(), prospectiveWords: words.optional(), calledOffVerbs: words.optional(), carryingVerbs: words.optional(), scheduledWords: words.optional(), speakerBodyWords: words.optional(), homeNouns: words.optional(), placeNamedNouns: words.optional(), siteNouns: words.optional(), foreignWords: words.optional(), recipientNouns: words.optional(), notObjectWrappers: words.optional(), allegingVerbs: words.optional(), entitlementNouns: words.optional(), domesticRoots: z.array(z.string().regex(/^\d\d$/, 'a CAMEO root is two digits')).optional(), dyadicRoots: z.array(z.string().regex(/^\d\d$/, 'a CAMEO root is two digits')).optional(), codedPartnerRoots: z.array(z.string().regex(/^\d\d$/, 'a CAMEO root is two digits')).optional(), eventReferences: z.array(z.lazy(() => eventReferenceSchema)).optional(), backReferences: z.array(backReferenceSchema).optional() }).strict();

export type BackReference = z.infer<typeof backReferenceSchema>;

/** A definite noun that names an earlier act ("the call", "the accusations"): the CAMEO roots of that act. */
export const eventReferenceSchema = z.object({
  nouns: words.min(1),
  roots: z.array(z.string().regex(/^\d\d$/, 'a CAMEO root is two digits')).min(1),
  speakers: z.boolean().optional().describe('with no earlier event of those roots, the coded speaker of a quote just before stands for the act ("the accusations" after a quoted accusation)'),
}).strict();

export type EventReference = z.infer<typeof eventReferenceSchema>;

export const patternFileSchema = z.object({ patterns: z.array(z.unknown()).optional(), wrappers: z.array(z.unknown()).optional(), lexicon: lexiconSchema.optional() }).strict();

export type PatternSpec = z.infer<typeof patternSchema>;
export type WrapperSpec = z.infer<typeof wrapperSchema>;

export interface Pattern extends PatternSpec {
  file: string;
  line: number;
}

export interface Wrapper extends WrapperSpec {
  file: string;
  line: number;
}

export interface PatternSet {
  patterns: Pattern[];
  wrappers: Wrapper[];
  byVerb: Map<string, Pattern[]>;
  byNoun: Map<string, Pattern[]>;
  wrapperByVerb: Map<string, Wrapper>;
  wrapperByNoun: Map<string, Wrapper>;
  modalWrappers: Map<string, Wrapper>;
  /** wrappers by their `soloVerbs`: what the verb is when nobody is named before its infinitive. */
  wrapperBySoloVerb: Map<string, Wrapper>;
  /** ids of the patterns marked `needsTarget`. */
  needsTarget: Set<string>;
  /** ids of the patterns whose own code is of a `dyadicRoots` root ("invest", "cooperate", "meet"): an intent of one needs a target too. */
  dyadicPatterns: Set<string>;
  /** nouns that name actors (people, troops, officials...). */
  actorNouns: Set<string>;
  /** verbs whose subject is the source of the event noun in their object (hold, launch...). */
  lightVerbs: Set<string>;
  /** verbs whose complement tells what did not happen (prevent, stop, deter...): no event there. */
  preventingVerbs: Set<string>;
  /** verbs of bare aim (hope, seek, plan...): an intent wrapper of these with no event inside is not coded. */
  aimVerbs: Set<string>;
  /** verbs of bare wishing (hope, want...): wrapping a hostile act, they make no threat either. */
  wishVerbs: Set<string>;
  /** verbs of ceasing (stop, quit...): the gerund after one is the act that ends. */
  ceasingVerbs: Set<string>;
  /** prepositions whose phrase puts an event noun in the background ("under sanctions", "since the annexation"). */
  backgroundPreps: Set<string>;
  /** words right before a verb clause that put it in the background ("since arresting them", "before Russia invaded"). */
  backgroundOpeners: Set<string>;
  /** adverbs in a verb group that make an act a habit or a standing position ("have repeatedly denied"). */
  habitualAdverbs: Set<string>;
  /** adverbs in a progressive verb group that make the act one under way or kept up, a state ("was already providing", "are closely cooperating"). */
  underWayAdverbs: Set<string>;
  /** verbs whose past is spelt as their present ("hit", "cut"): a present-looking main clause may be past. */
  sameInPast: Set<string>;
  /** verbs whose simple present tells today's news ("says"), not a standing position. */
  newsPresentVerbs: Set<string>;
  /** verbs of belief and forecast ("believes", "expects"): a future act under one is a prediction, not a stated intent. */
  beliefVerbs: Set<string>;
  /** words that make a verb group a forecast ("will likely develop", "is likely to respond"). */
  forecastWords: Set<string>;
  /** nouns whose for-phrase is what is proposed, not done ("a plan for rearming Europe"). */
  proposalNouns: Set<string>;
  /** modifiers that make an event noun a prospect, not an act ("a proposed ceasefire", "a possible attack"). */
  prospectiveWords: Set<string>;
  /** verbs that call an act off ("was called off", "postponed"): a scheduled act with one after it in its sentence did not happen. */
  calledOffVerbs: Set<string>;
  /** verbs whose infinitive is the act itself: carried on, begun or attempted ("continued to send", "tried to hack"). */
  carryingVerbs: Set<string>;
  /** Wrapper verbs whose object is no act wrapped ("called the talks a success", "pressed the offensive"). */
  notObjectWrappers: Set<string>;
  /** Verbs whose of-gerund is what is alleged ("suspected of blowing up"). */
  allegingVerbs: Set<string>;
  /** Nouns of entitlement or capability whose infinitive is no act told ("the right to fire"). */
  entitlementNouns: Set<string>;
  /** words before "to" that make the act scheduled ("is due to visit"): intended, not done. */
  scheduledWords: Set<string>;
  /** words that make a quote's speaker a body or an official (no commentary by an uncoded person). */
  speakerBodyWords: Set<string>;
  /** nouns naming a country's own people ("the population", "civilians"): an uncoded target headed by one is of the source's country. */
  homeNouns: Set<string>;
  /** nouns a city's name can name ("the Doha agreement", "the Minsk accords"): such a city is no party to the act. */
  placeNamedNouns: Set<string>;
  /** nouns of sites ("beach", "square"): a phrase ending in one names a place, not an actor. */
  siteNouns: Set<string>;
  /** words that say people come from elsewhere ("international forces"): such an uncoded target is not the source's own. */
  foreignWords: Set<string>;
  /** nouns whose to-phrase names whom they are given, promised or addressed to ("his commitment to the people"): a target. */
  recipientNouns: Set<string>;
  /** CAMEO roots an actor can do to itself (yield, protest, coerce, assault, mass violence). */
  domesticRoots: Set<string>;
  /** CAMEO roots whose events need a target: with none found, the event is not reported. */
  dyadicRoots: Set<string>;
  /** CAMEO roots whose events need a coded target: an uncoded one ("met with officials") is none. */
  codedPartnerRoots: Set<string>;
  /** head noun of a definite description that names an earlier act ("the call") -> the roots of that act. */
  eventReferences: Map<string, EventReference>;
  /** head noun of a definite description that refers back ("the group") -> what it may stand for. */
  backReferences: Map<string, BackReference>;
  files: string[];
}
