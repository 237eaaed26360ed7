import type { Clause, ClauseArg } from '../../../document/schema.js';
import { IRREGULAR_PAST } from '../../clauses/clause-words.js';
import { objectWrapper } from './object-wrapper.js';
import type { Pattern, PatternSet } from './pattern-schema.js';
import { textBeforeHead, wordAfterGroup, wordsAfterObjects } from './entry-context.js';
import { hasThingObject } from './thing-objects.js';

/** Clauses of a document by id, and each clause's children (complements, reported clauses, nominals). */
export interface ClauseIndex {
  byId: Map<string, Clause>;
  children: Map<string, Clause[]>;
  /** participle clauses ("an offensive led by X") by sentence id. */
  participles: Map<string, Clause[]>;
  /** the span its clauses cover, by sentence id (the pattern key `sentence` reads its words). */
  sentenceSpans: Map<string, [number, number]>;
}

export function indexClauses(clauses: readonly Clause[]): ClauseIndex {
  const byId = new Map<string, Clause>();
  const children = new Map<string, Clause[]>();
  const participles = new Map<string, Clause[]>();
  const sentenceSpans = new Map<string, [number, number]>();
  const push = (m: Map<string, Clause[]>, k: string, c: Clause) => { const l = m.get(k); if (l) l.push(c); else m.set(k, [c]); };
  for (const c of clauses) {
    byId.set(c.id, c);
    if (c.parent) push(children, c.parent, c);
    if (c.form === 'participle') push(participles, c.sentence, c);
    const span = sentenceSpans.get(c.sentence);
    if (!span) sentenceSpans.set(c.sentence, [c.start, c.end]);
    else {
      if (c.start < span[0]) span[0] = c.start;
      if (c.end > span[1]) span[1] = c.end;
    }
  }
  return { byId, children, participles, sentenceSpans };
}

/** One pattern tried on one clause, and why it did or did not fire (shown by `readout explain`). */
export interface Trial {
  pattern: Pattern;
  ok: boolean;
  reason: string;
}

/** Words that make a noun modifier an actor ("rebel offensive", "army raid"), besides capitalised words. */
const OBJECT_COMPLEMENT = /^\s*(["“'‘]|(a|an|the|his|her|its|their|our)\s)/i;

/** The chunker may glue the complement to the object: "Somalia a trusted partner", "him an envoy". */
const GLUED_COMPLEMENT = /^(?:(?:[A-Z][\w'’.-]*\s)+|(?:him|her|them|it|us)\s|[a-z][\w-]*\s(?=a\s|an\s))(?:a|an|the)\s/;

const ACTOR_MODIFIERS = new Set(['rebel', 'army', 'military', 'police', 'government', 'militant', 'insurgent', 'opposition', 'security', 'troop', 'jihadist', 'militia', 'regime']);

/**
 * A head's words: the lemma, the word, and the word without -s, -es, -d, -ed, -ing (wink's lemma misses
 * mis-tagged and some regular forms); and the patterns indexed under any of them, kept for the last
 * pattern index asked (verb and noun heads apart), so a clause finds its patterns without a look-up.
 */
interface HeadWords {
  variants: string[];
  verbPool: { index: Map<string, Pattern[]>; pool: PoolEntry[] } | null;
  nounPool: { index: Map<string, Pattern[]>; pool: PoolEntry[] } | null;
}

/** A pattern as tried on a head: its entries whose head word is one of the head's variants, and its role tests. */
interface PoolEntry { pattern: Pattern; entries: EntryWords[]; tests: RoleTests }

const variantCache = new Map<string, Map<string, HeadWords>>();

function headWordsOf(lemma: string, word: string): HeadWords {
  let byWord = variantCache.get(lemma);
  const hit = byWord?.get(word);
  if (hit) return hit;
  const made: HeadWords = { variants: computeVariants(lemma, word), verbPool: null, nounPool: null };
  if (variantCache.size > 50000) variantCache.clear();
  if (!byWord || !variantCache.has(lemma)) variantCache.set(lemma, (byWord = new Map()));
  byWord.set(word, made);
  return made;
}

/**
 * The head words of a clause (matching, wrappers and roles ask for them again and again): two look-ups
 * by string, skipped when the same clause asks twice in a row (the questions about one clause come
 * together). Not a WeakMap by clause: entering every clause of every document in one costs more than
 * the look-ups it saves.
 */
let lastClause: Clause | null = null;
let lastWords: HeadWords | null = null;

function headWords(c: Clause): HeadWords {
  if (c === lastClause && lastWords) return lastWords;
  lastWords = headWordsOf(c.head.lemma, c.head.text);
  lastClause = c;
  return lastWords;
}

export function headVariants(c: Clause): string[] {
  return headWords(c).variants;
}

/** The patterns indexed under any of the clause head's variants (no repeats), in the pattern set's order. */
function poolOf(c: Clause, set: PatternSet): PoolEntry[] {
  const h = headWords(c);
  const index = c.kind === 'verb' ? set.byVerb : set.byNoun;
  const slot = c.kind === 'verb' ? h.verbPool : h.nounPool;
  if (slot && slot.index === index) return slot.pool;
  const seen = new Set<Pattern>();
  for (const k of h.variants) for (const p of index.get(k) ?? []) seen.add(p);
  const pool = [...seen].map((p) => {
    const byHead = entriesByHead(p, c.kind);
    return { pattern: p, entries: h.variants.flatMap((v) => byHead.get(v) ?? []), tests: roleTestsOf(p) };
  });
  const made = { index, pool };
  if (c.kind === 'verb') h.verbPool = made; else h.nounPool = made;
  return made.pool;
}

function computeVariants(lemma: string, word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const out = new Set([lemma, w]);
  const irregular = IRREGULAR_PAST[w];
  if (irregular) out.add(irregular);
  // "retaken", "retook", "overran": an irregular form behind a verb prefix.
  for (const prefix of ['re', 'over', 'under', 'out', 'with']) {
    const base = w.startsWith(prefix) ? IRREGULAR_PAST[w.slice(prefix.length)] : undefined;
    if (base) out.add(`${prefix}${base}`);
  }
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing']) if (w.endsWith(suffix) && w.length - suffix.length >= 3) out.add(w.slice(0, -suffix.length));
  if (w.endsWith('ing')) out.add(`${w.slice(0, -3)}e`);
  return [...out];
}

export function matchClause(c: Clause, idx: ClauseIndex, set: PatternSet, text: string): Trial[] {
  const variants = headVariants(c);
  return poolOf(c, set).map((k) => {
    const p = k.pattern;
    const failed = failure(k, c, idx, text, set);
    return failed ? { pattern: p, ok: false, reason: describe(failed, c, p) } : { pattern: p, ok: true, reason: `fired on "${entryOf(p, c, text, variants)}"` };
  });
}

/** The patterns that fire on a clause, in the order `matchClause` tries them (the same checks, without the reasons). */
export function firedPatterns(c: Clause, idx: ClauseIndex, set: PatternSet, text: string): Pattern[] {
  const out: Pattern[] = [];
  for (const k of poolOf(c, set)) if (!failure(k, c, idx, text, set)) out.push(k.pattern);
  return out;
}

/** One requires or excludes test of a pattern: the key as written, its alternatives ("object|to") and the heads. */
interface RoleTest { kind: 'requires' | 'excludes'; key: string; alternatives: string[]; heads: string[] }
type Failure = RoleTest | { kind: 'entry' | 'subjects' | 'not-subjects' };

const NO_ENTRY: Failure = { kind: 'entry' };
const NOT_SUBJECT: Failure = { kind: 'subjects' };
const EXCLUDED_SUBJECT: Failure = { kind: 'not-subjects' };

/** A pattern's role tests, split once per pattern. */
interface RoleTests { requires: RoleTest[]; excludes: RoleTest[] }
const roleTests = new WeakMap<Pattern, RoleTests>();

function roleTestsOf(p: Pattern): RoleTests {
  let tests = roleTests.get(p);
  if (!tests) {
    const split = (kind: RoleTest['kind'], map: Record<string, string[]> | undefined) => Object.entries(map ?? {}).map(([key, heads]) => ({ kind, key, alternatives: key.split('|'), heads }));
    roleTests.set(p, (tests = { requires: split('requires', p.requires), excludes: split('excludes', p.excludes) }));
  }
  return tests;
}

/** The first check a pattern fails on a clause, or null when it fires. */
function failure(k: PoolEntry, c: Clause, idx: ClauseIndex, text: string, set: PatternSet): Failure | null {
  if (!hasEntry(k, c, text)) return NO_ENTRY;
  const { pattern: p, tests } = k;
  for (const t of tests.requires) if (!anyRoleFits(t, c, idx, set, text)) return t;
  for (const t of tests.excludes) if (anyRoleFits(t, c, idx, set, text)) return t;
  if (!p.subjects && !p.notSubjects) return null;
  const subject = argsOf('subject', c, idx, set.lightVerbs)[0];
  if (p.subjects && !(subject && headIn(subject, p.subjects))) return NOT_SUBJECT;
  if (p.notSubjects && subject && headIn(subject, p.notSubjects)) return EXCLUDED_SUBJECT;
  return null;
}

function describe(f: Failure, c: Clause, p: Pattern): string {
  switch (f.kind) {
    case 'entry': return `no ${c.kind} entry fits "${c.head.text}"${c.particle ? ` ${c.particle}` : ''}`;
    case 'subjects': return `subject must be one of [${p.subjects!.join(', ')}]`;
    case 'not-subjects': return `subject is one of [${p.notSubjects!.join(', ')}]`;
    default: return `${f.kind} ${f.key}${f.heads.length ? ` [${f.heads.join(', ')}]` : ''}`;
  }
}

/** The verb or noun entry of the pattern that fits the clause's head, if any. */
function entryOf(p: Pattern, c: Clause, text: string, variants: string[]): string | undefined {
  return c.kind === 'verb' ? p.verbs?.find((e) => verbEntryFits(e, c, text, variants)) : p.nouns?.find((e) => nounEntryFits(e, c, text, variants));
}

/** Some entry of the pattern fits the clause's head (which one matters only to explain). */
function hasEntry(k: PoolEntry, c: Clause, text: string): boolean {
  for (const e of k.entries) if (c.kind === 'verb' ? verbRestFits(e.rest, c, text) : nounRestFits(e.rest, c, text)) return true;
  return false;
}

const verbEntriesByHead = new WeakMap<Pattern, Map<string, EntryWords[]>>();
const nounEntriesByHead = new WeakMap<Pattern, Map<string, EntryWords[]>>();

function entriesByHead(p: Pattern, kind: Clause['kind']): Map<string, EntryWords[]> {
  const cache = kind === 'verb' ? verbEntriesByHead : nounEntriesByHead;
  let byHead = cache.get(p);
  if (!byHead) {
    byHead = new Map();
    for (const entry of (kind === 'verb' ? p.verbs : p.nouns) ?? []) {
      const e = kind === 'verb' ? verbEntry(entry) : nounEntry(entry);
      const list = byHead.get(e.head);
      if (list) list.push(e); else byHead.set(e.head, [e]);
    }
    cache.set(p, byHead);
  }
  return byHead;
}

/** An entry's words: the first and the rest for verbs ("blow up"), the last and what stands before it for nouns ("phone call"). */
interface EntryWords { head: string; rest: string[] }
const verbEntries = new Map<string, EntryWords>();
const nounEntries = new Map<string, EntryWords>();

function verbEntry(entry: string): EntryWords {
  let e = verbEntries.get(entry);
  if (!e) {
    const space = entry.indexOf(' ');
    verbEntries.set(entry, (e = { head: space < 0 ? entry : entry.slice(0, space), rest: space < 0 ? [] : entry.slice(space + 1).split(' ') }));
  }
  return e;
}

function nounEntry(entry: string): EntryWords {
  let e = nounEntries.get(entry);
  if (!e) {
    const words = entry.split(' ');
    nounEntries.set(entry, (e = { head: words.at(-1)!, rest: words.slice(0, -1) }));
  }
  return e;
}

/** `variants`: the clause head's lemma variants, computed once per clause. */
function verbEntryFits(entry: string, c: Clause, text: string, variants: string[]): boolean {
  const { head, rest } = verbEntry(entry);
  return variants.includes(head) && verbRestFits(rest, c, text);
}

/** The words after a verb entry's first ("blow up", "fire on"): a particle, preposition or object head of the clause. */
function verbRestFits(rest: string[], c: Clause, text: string): boolean {
  if (rest.length === 0) return true;
  const second = rest[0]!;
  if (c.particle === second) return true;
  if (c.args.some((a) => a.prep === second || (a.role === 'object' && a.head === second))) return true;
  // "forced the agency out", "called the strike off", "forced the agency, UNHCR, out": a particle after the object (and its appositive).
  if (wordsAfterObjects(c, text).includes(second)) return true;
  return wordAfterGroup(c, text) === second;
}

function nounEntryFits(entry: string, c: Clause, text: string, variants: string[]): boolean {
  const { head, rest } = nounEntry(entry);
  return variants.includes(head) && nounRestFits(rest, c, text);
}

/** The words before a noun entry's last ("phone call"): they stand right before the head. */
function nounRestFits(rest: string[], c: Clause, text: string): boolean {
  if (rest.length === 0) return true;
  return textBeforeHead(c, text).endsWith(rest.join(' '));
}

function anyRoleFits(t: RoleTest, c: Clause, idx: ClauseIndex, set: PatternSet, text: string): boolean {
  for (const k of t.alternatives) if (k === 'thing-object' ? hasThingObject(c, set) : roleFits(k, t.heads, c, idx, set.lightVerbs, text)) return true;
  // "requested talks with the U.S.": the talks asked for need no verb of their own holding them
  return t.alternatives.includes('possessor-or-verb') && objectWrapper(c, idx, set) !== null;
}

/** An argument's text in lower case and its words, by text (arguments repeat across patterns and documents). */
const argWords = new Map<string, { t: string; words: string[] }>();

/** The argument's head is one of `heads` (a word of the argument, for short phrases; "riot police": the words in order). */
function headIn(a: ClauseArg, heads: string[]): boolean {
  let lower = argWords.get(a.text);
  if (!lower) {
    const t = a.text.toLowerCase();
    if (argWords.size > 50000) argWords.clear();
    argWords.set(a.text, (lower = { t, words: t.split(/[\s-]+/) }));
  }
  const { t, words } = lower;
  const { phrases, single, forms } = headForms(heads);
  return single.has(a.head) || words.some((w) => forms.has(w)) || phrases.some((h) => t.includes(h));
}

/** A pattern's head list, split once: phrases of several words, single words, and the single words with -s and -es. */
const headFormsCache = new WeakMap<string[], { phrases: string[]; single: Set<string>; forms: Set<string> }>();

function headForms(heads: string[]): { phrases: string[]; single: Set<string>; forms: Set<string> } {
  let f = headFormsCache.get(heads);
  if (!f) {
    const single = heads.filter((h) => !h.includes(' '));
    f = { phrases: heads.filter((h) => h.includes(' ')), single: new Set(single), forms: new Set(single.flatMap((h) => [h, `${h}s`, `${h}es`])) };
    headFormsCache.set(heads, f);
  }
  return f;
}

function roleFits(key: string, heads: string[], c: Clause, idx: ClauseIndex, light: Set<string>, text?: string): boolean {
  if (key === 'sentence') {
    // "went on high alert, announcing new mpox cases": a word anywhere in the clause's sentence (the topic decides the sense)
    const span = idx.sentenceSpans.get(c.sentence);
    if (!span || text === undefined) return false;
    const words = text.slice(span[0], span[1]).toLowerCase().split(/[^a-z0-9]+/);
    const { forms } = headForms(heads);
    return words.some((w) => forms.has(w));
  }
  if (key === 'gerund-complement') {
    // "quit intimidating Taiwan", "quit fighting": an -ing form right after the verb names the act, where "quit to join" gives an aim
    return text !== undefined && c.kind === 'verb' && /^\s+[a-z]+ing\b/.test(text.slice(c.head.end, c.head.end + 30));
  }
  if (key === 'complement') {
    for (const k of idx.children.get(c.id) ?? []) {
      if (k.kind === 'verb' && (k.link === 'complement' || k.link === 'reported') && (heads.length === 0 || heads.some((h) => headVariants(k).includes(h)))) return true;
    }
    return false;
  }
  if (key === 'object-complement') {
    // "called Brazil "a strategic partner"", "named him an envoy": a second noun phrase or a quote right after the object.
    // (past the object's own of/by phrases: "consider the withdrawal of forces by America a good step")
    const obj = c.args.find((a) => a.role === 'object');
    if (!obj || text === undefined) return false;
    let last = obj;
    for (const a of c.args) if (a.role === 'prep' && a.start > last.end && OWN_PHRASE.test(text.slice(last.end, a.start))) last = a;
    // (the chunker may glue the complement to the last of them: "by other countries a good step")
    return OBJECT_COMPLEMENT.test(text.slice(last.end, last.end + 12)) || GLUED_COMPLEMENT.test(obj.text) || (last !== obj && TRAILING_COMPLEMENT.test(last.text));
  }
  if (key === 'verb') {
    const parent = c.parent ? idx.byId.get(c.parent) : undefined;
    return !!parent && parent.kind === 'verb' && (heads.length === 0 || heads.some((h) => headVariants(parent).includes(h.split(' ')[0]!)));
  }
  if (key === 'possessor-or-verb') {
    if (c.args.some((a) => a.role === 'possessor')) return true;
    if (c.args.some((a) => a.role === 'modifier' && isActorModifier(a))) return true;
    if (argsOf('agent', c, idx, light).length > 0) return true;
    return roleFits('verb', heads, c, idx, light);
  }
  const args = argsOf(key, c, idx, light);
  if (args.length > 0 && (heads.length === 0 || args.some((a) => headIn(a, heads)))) return true;
  // "received a mission of observers", "sent a team of inspectors": a collective object stands for its of-phrase.
  if (key !== 'object' || heads.length === 0 || text === undefined) return false;
  return args.some((a) => COLLECTIVES.has(a.head) && c.args.some((x) => x.role === 'prep' && x.prep === 'of' && /^\s*of\s*$/.test(text.slice(a.end, x.start)) && headIn(x, heads)));
}

/** An indefinite noun phrase glued after a noun at the end of a phrase: "countries a good step". */
const TRAILING_COMPLEMENT = /[a-z]\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?$/;

/** What joins a noun to a phrase of its own ("the withdrawal | of | forces | by | America"). */
const OWN_PHRASE = /^\s*(?:of|by|from)\s*$/i;

/** Nouns that name a group of what their of-phrase names. */
const COLLECTIVES = new Set(['mission', 'team', 'group', 'delegation', 'contingent', 'batch', 'unit', 'convoy', 'number', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'shipment', 'consignment', 'force']);

function isActorModifier(a: ClauseArg): boolean {
  return /(^|\s)[A-Z]/.test(a.text) || a.text.toLowerCase().split(/\s+/).some((w) => ACTOR_MODIFIERS.has(w.replace(/s$/, '')));
}

const ROLE_KEYS = new Set(['subject', 'object', 'agent', 'possessor', 'modifier']);

/** The arguments a role key names: a role, a preposition, or (for nouns) the agent of a participle ("offensive led by X"). */
export function argsOf(key: string, c: Clause, idx: ClauseIndex, light?: Set<string>): ClauseArg[] {
  if (key === 'agent' && c.kind === 'noun') {
    const own = c.args.filter((a) => a.role === 'agent' || (a.role === 'prep' && a.prep === 'by'));
    if (own.length) return own;
    const participle = (idx.participles.get(c.sentence) ?? []).find((k) => (!light || headVariants(k).some((l) => light.has(l))) && k.args.some((a) => a.role === 'subject' && a.start <= c.head.start && a.end >= c.head.end));
    return participle ? participle.args.filter((a) => a.role === 'agent') : [];
  }
  if (key === 'parent-subject') {
    const parent = c.parent ? idx.byId.get(c.parent) : undefined;
    return parent ? parent.args.filter((a) => a.role === 'subject') : [];
  }
  if (ROLE_KEYS.has(key)) return c.args.filter((a) => a.role === key);
  // "warned that the Somali government's actions would ...": the own subject of a that-clause the verb governs
  if (key === 'complement-subject') return (idx.children.get(c.id) ?? []).filter((k) => k.kind === 'verb' && (k.link === 'complement' || k.link === 'reported')).flatMap((k) => k.args.filter((a) => a.role === 'subject' && a.inherited === null));
  const own = c.args.filter((a) => (a.role === 'prep' || a.role === 'agent') && a.prep === key);
  if (own.length > 0 || c.kind !== 'noun' || !light) return own;
  // "the discussions held by X with the Syrian side": the light participle's prepositions belong to the noun.
  const participle = (idx.participles.get(c.sentence) ?? []).find((k) => headVariants(k).some((l) => light.has(l)) && k.args.some((a) => a.role === 'subject' && a.start <= c.head.start && a.end >= c.head.end));
  return participle ? participle.args.filter((a) => a.role === 'prep' && a.prep === key) : [];
}

export { isActorModifier };
