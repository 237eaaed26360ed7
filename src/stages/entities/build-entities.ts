import type { Entity, Mention } from '../../document/schema.js';
import type { KnowledgeBase } from '../../kb/compile-kb.js';
import type { KbEntry } from '../../kb/kb-types.js';
import { nameWords } from '../../kb/name-words.js';
import type { WordUnits } from '../mentions/word-units.js';
import type { Role } from '../../kb/kb-schemas.js';
import { describedCode, entryCode, roleAt } from './actor-code.js';
import type { ChosenMention, Descriptor } from './mention.js';
import { onlyCountry, resolveSurname, surnameCountry, titledNamesakes } from './surnames.js';

/** An entity while it is being built. */
export interface Draft {
  key: string;
  entry: KbEntry | null;
  type: Entity['type'];
  mentions: Array<{ m: ChosenMention; rule: string }>;
  descriptors: Descriptor[];
  /** Normalised last word of each full name mentioned (for lone surnames). */
  surnames: Set<string>;
  /** Every word of its names as written, lower case ("xi" of "Xi Jinping"). */
  words: Set<string>;
  lastTok: number;
  metonym: boolean;
  members?: Draft[];
  country: string | null;
  sector: string | null;
}

/** What a plural head covers: "the two leaders" are presidents, prime ministers, kings... */
const GROUP_HEADS: Record<string, RegExp> = {
  leader: /president|prime minister|premier|king|queen|emir|chancellor|ruler|leader|sultan|monarch|crown prince/,
  minister: /minister|secretary of state|foreign secretary/,
  president: /president/,
  official: /./,
  diplomat: /minister|ambassador|envoy|diplomat|secretary of state/,
};

const PERSON_REF = /minister|president|counterpart|leader|ruler|king|emir|envoy|ambassador|spokes|chief|secretary|official|premier|chancellor|general|commander/;

/**
 * Merges chosen mentions into one entity per actor: knowledge-base entries by id; names by their
 * normalised form; a lone surname with the person of the article who has it (else the knowledge
 * base's, when the article's countries or its description pick one); title references ("the Syrian
 * Minister", "the foreign minister") with the one person that fits; plurals with their members.
 */
export function buildDrafts(u: WordUnits, mentions: readonly ChosenMention[], kb: KnowledgeBase, date: string | null, articleCountries: ReadonlySet<string>): Draft[] {
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  // Persons by surname and by name word, each list in the order of `order`: a lone surname looks only
  // at the persons that have it, not at every person (a long text has hundreds).
  const seq = new Map<Draft, number>();
  const bySurname = new Map<string, Draft[]>();
  const byNameWord = new Map<string, Draft[]>();
  const index = (map: Map<string, Draft[]>, set: Set<string>, d: Draft, key: string): void => {
    if (set.has(key)) return;
    set.add(key);
    if (d.type !== 'PERSON') return;
    const list = map.get(key);
    if (!list) {
      map.set(key, [d]);
      return;
    }
    const n = seq.get(d)!;
    let k = list.length;
    while (k > 0 && seq.get(list[k - 1]!)! > n) k--;
    list.splice(k, 0, d);
  };
  const get = (key: string, init: () => Omit<Draft, 'key' | 'mentions' | 'descriptors' | 'surnames' | 'words' | 'lastTok' | 'metonym'>): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, mentions: [], descriptors: [], surnames: new Set(), words: new Set(), lastTok: -1, metonym: false, ...init() };
      drafts.set(key, d);
      seq.set(d, order.length);
      order.push(d);
    }
    return d;
  };
  const add = (d: Draft, m: ChosenMention, rule: string): void => {
    d.mentions.push({ m, rule });
    if (m.descriptor) d.descriptors.push(m.descriptor);
    d.lastTok = Math.max(d.lastTok, m.tokStart);
    if (m.metonym) d.metonym = true;
    if (d.type === 'PERSON' && m.kind !== 'ref' && m.kind !== 'group') {
      const words = wordsOf(u, m);
      if (words.length > 0) index(bySurname, d.surnames, d, u.keys[words.at(-1)!]!);
      if (words.length > 1) words.forEach((w) => index(byNameWord, d.words, d, u.surfaces[w]!.toLowerCase()));
    }
  };
  const facts = draftFacts(kb, date);
  const isSingle = (m: ChosenMention): boolean => m.kind === 'name' && m.rule === 'name:single';
  // A country adjective right before another country's nationals ("Bosnian Serbs", "Croatian
  // Serbs"): the people of the one living in the other, coded by where they live.
  const demonymEndingAt = new Map<number, ChosenMention>();
  for (const m of mentions) if (m.kind === 'kb' && m.entries[0]?.kind === 'demonym') demonymEndingAt.set(m.tokEnd, m);
  // Pass 1: knowledge-base entries, bodies, full names, descriptions.
  for (const m of mentions) {
    if (m.kind === 'kb' || m.kind === 'body') {
      const e = m.entries[0]!;
      if (e.kind === 'demonym') continue;
      const home = e.kind === 'nationals' ? demonymEndingAt.get(m.tokStart) : undefined;
      if (home?.entries[0]?.country && home.entries[0].country !== e.country) {
        const where = home.entries[0].country;
        add(get(`nationals-in:${where}:${e.id}`, () => ({ entry: null, type: 'NORP', country: where, sector: null })), { ...m, tokStart: home.tokStart }, 'nationals-in-country');
        continue;
      }
      const d = get(e.id, () => ({ entry: e, type: e.type, country: e.country, sector: e.actor?.sector ?? null }));
      add(d, m, m.rule);
      if (e.type === 'PERSON') for (const w of [e.name]) index(bySurname, d.surnames, d, nameWords(w).at(-1)?.key ?? '');
    } else if (m.kind === 'name' && !isSingle(m)) {
      const key = `name:${wordsOf(u, m).map((w) => u.keys[w]).join(' ')}`;
      add(get(key, () => ({ entry: null, type: looksLikeOrg(u, m) ? 'ORG' : 'PERSON', country: null, sector: null })), m, m.rule);
    } else if (m.kind === 'description') {
      add(get(`desc:${m.country}:${m.sector}:${m.title}`, () => ({ entry: null, type: 'ORG', country: m.country, sector: m.sector })), m, m.rule);
    }
  }
  // the persons so far, recomputed only when a draft was added (long articles have hundreds of mentions)
  let personsOf = { drafts: -1, list: [] as Draft[] };
  const persons = (): Draft[] => {
    if (personsOf.drafts !== order.length) personsOf = { drafts: order.length, list: order.filter((d) => d.type === 'PERSON') };
    return personsOf.list;
  };
  // Pass 2: lone surnames.
  for (const m of mentions) {
    if (!isSingle(m)) continue;
    const last = wordsOf(u, m).at(-1);
    const word = last === undefined ? '' : u.keys[last]!;
    const country = m.descriptor?.country ?? null;
    const sameCountry = (d: Draft): boolean => !country || facts.country(d) === country;
    const inArticle = (bySurname.get(word) ?? []).filter(sameCountry);
    if (inArticle.length > 0) {
      add(nearestOf(inArticle, m), m, 'surname:article');
      continue;
    }
    const entry = resolveSurname(kb, word, country, date, articleCountries, last !== undefined && u.pos[last] === 'PROPN', m.descriptor?.title ?? null);
    if (entry) {
      add(get(entry.id, () => ({ entry, type: 'PERSON', country: entry.country, sector: null })), m, 'surname:kb');
      continue;
    }
    const namesakes = m.descriptor?.title && !country ? titledNamesakes(kb, word, m.descriptor.title) : [];
    if (namesakes.length === 1) {
      const e = namesakes[0]!;
      add(get(e.id, () => ({ entry: e, type: 'PERSON', country: e.country, sector: null })), m, 'surname:kb-title');
      continue;
    }
    // Another word of a full name, spelt the same ("Xi" after "Xi Jinping").
    const surface = u.surfaces[m.tokEnd - 1]!.toLowerCase();
    const byWord = (byNameWord.get(surface) ?? []).filter(sameCountry);
    if (byWord.length > 0) {
      add(nearestOf(byWord, m), m, 'name-word:article');
      continue;
    }
    // Several known persons share the name ("Assad": father and son) and the text does not say
    // which: when they are all of one country (and the story names no other), the person is at least of that country.
    // Under a title, only the namesakes who held it count ("King Hassan" is no prime minister Hassan's compatriot).
    const candidate = m.descriptor?.country || m.descriptor?.title ? null : surnameCountry(kb, word);
    const shared = onlyCountry(namesakes) ?? (candidate && (articleCountries.size === 0 || articleCountries.has(candidate)) ? candidate : null);
    if (m.descriptor || shared) add(get(`name:${word}`, () => ({ entry: null, type: 'PERSON', country: shared, sector: null })), m, shared ? 'name:surname-country' : 'name:titled');
  }
  // Pass 3: references to one person, then plurals.
  for (const m of mentions) {
    if (m.kind !== 'ref') continue;
    const fitsRef = refTest(m, facts);
    const fits = fitsRef ? persons().filter((d) => fitsRef(d) && d.mentions.some((x) => x.m.tokStart !== m.tokStart)) : [];
    const prior = fits.filter((d) => d.mentions.some((x) => x.m.tokStart < m.tokStart));
    const pool = prior.length > 0 ? prior : fits;
    if (pool.length === 1 || (pool.length > 1 && m.country)) {
      add(nearestOf(pool, m), m, 'ref:title');
    } else if (m.country) {
      add(get(`ref:${m.country}:${m.title}`, () => ({ entry: null, type: 'PERSON', country: m.country, sector: m.sector })), m, 'ref:description');
    }
  }
  for (const m of mentions) {
    if (m.kind !== 'group') continue;
    const head = (m.title ?? '').replace(/s$/, '');
    const fits = GROUP_HEADS[head] ?? new RegExp(head);
    const members = byNearest(persons().filter((d) => facts.titles(d).some((t) => !t.startsWith('former') && fits.test(t))), m).slice(0, m.count ?? 2);
    const g = get(`group:${m.tokStart}`, () => ({ entry: null, type: 'PERSON', country: null, sector: m.sector }));
    g.members = members;
    add(g, m, members.length > 0 ? 'ref:plural' : 'ref:plural-unresolved');
  }
  return order.filter((d) => d.mentions.length > 0);
}

/** Token indices of a mention's words (no articles, hyphens or particles' punctuation). */
function wordsOf(u: WordUnits, m: ChosenMention): number[] {
  const out: number[] = [];
  for (let i = m.tokStart; i < m.tokEnd; i++) if (!u.transparent[i] && u.keys[i] && u.keys[i] !== "'s" && u.keys[i] !== '-') out.push(i);
  return out;
}

/** The drafts sorted by `nearest` (each distance worked out once; the same stable order as comparing distances). */
function byNearest(list: Draft[], m: ChosenMention): Draft[] {
  if (list.length < 2) return list;
  const dist = new Map<Draft, number>();
  for (const d of list) dist.set(d, nearest(d, m));
  return list.sort((a, b) => dist.get(a)! - dist.get(b)!);
}

function nearestOf(list: Draft[], m: ChosenMention): Draft {
  return byNearest(list, m)[0]!;
}

function nearest(d: Draft, m: ChosenMention): number {
  let best = Infinity;
  for (const x of d.mentions) {
    const dist = m.tokStart - x.m.tokStart;
    best = Math.min(best, dist >= 0 ? dist : 10_000 - dist);
  }
  return best;
}

function looksLikeOrg(u: WordUnits, m: ChosenMention): boolean {
  // "the Foreign Affairs Ministry": the body word may stand right after the name, capitalised
  const next = m.tokEnd < u.keys.length && u.sentenceStart[m.tokEnd] !== m.tokEnd && u.isCapitalised(m.tokEnd) ? u.keys[m.tokEnd] ?? '' : '';
  return [u.keys[m.tokEnd - 1] ?? '', next].some((w) => ORG_WORDS.test(w));
}

const ORG_WORDS = /^(ministry|council|party|front|forces|agency|service|bank|university|company|corporation|organization|organisation|comitee|commission|movement|brigades|group|union|asociation|institute|authority|news|times|post|network|foundation|fund|program|programe|center|centre|court|army|guard|alliance|coalition)$/;

/** Every title a person entity has: from its descriptions and, for the knowledge base, its roles at the date. */
export function titlesOf(kb: KnowledgeBase, d: Draft, date: string | null): string[] {
  const out = d.descriptors.map((x) => x.title ?? '').filter(Boolean);
  if (d.entry?.roles) out.push(...rolesHeld(d.entry.roles, date).map((x) => x.title ?? '').filter(Boolean));
  return out.map((t) => t.toLowerCase());
}

/** Roles held on the date (all current roles, not only the one the code comes from). */
function rolesHeld(roles: readonly Role[], date: string | null): Role[] {
  const held = roles.filter((r) => (!date || !r.from || dayOf(r.from) <= date) && (!r.to || (date !== null && date < dayOf(r.to))));
  if (held.length > 0) return held;
  const r = roleAt(roles, date, null).role;
  return r ? [r] : [];
}

function dayOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function draftCountry(kb: KnowledgeBase, d: Draft, date: string | null): string | null {
  const desc = d.descriptors.find((x) => x.country)?.country;
  if (desc) return desc;
  if (d.entry) return entryCode(kb, d.entry, date, null).actor?.country ?? d.entry.country;
  return d.country;
}

/**
 * A draft's country and titles, remembered until it gains a descriptor (they depend only on its
 * descriptors and its entry): references and plurals test every person of the article.
 */
interface DraftFacts {
  country(d: Draft): string | null;
  titles(d: Draft): string[];
}

function draftFacts(kb: KnowledgeBase, date: string | null): DraftFacts {
  const countries = new Map<Draft, { n: number; value: string | null }>();
  const titles = new Map<Draft, { n: number; value: string[] }>();
  return {
    country(d) {
      let f = countries.get(d);
      if (!f || f.n !== d.descriptors.length) countries.set(d, (f = { n: d.descriptors.length, value: draftCountry(kb, d, date) }));
      return f.value;
    },
    titles(d) {
      let f = titles.get(d);
      if (!f || f.n !== d.descriptors.length) titles.set(d, (f = { n: d.descriptors.length, value: titlesOf(kb, d, date) }));
      return f.value;
    },
  };
}

/** Does a reference ("the foreign minister", "his counterpart") fit a person? null when it fits none (no person's title). */
function refTest(m: ChosenMention, facts: DraftFacts): ((d: Draft) => boolean) | null {
  const title = (m.title ?? '').toLowerCase();
  if (!PERSON_REF.test(title)) return null;
  const counterpart = /counterpart/.test(title);
  const words = title.split(' ').filter((w) => w.length > 2);
  return (d) => {
    if (m.country && facts.country(d) !== m.country) return false;
    const titles = facts.titles(d);
    if (counterpart) return titles.length > 0 && !titles.every((t) => t.startsWith('former'));
    return titles.some((t) => !t.startsWith('former') && words.every((w) => t.includes(w)));
  };
}

/** The output mention of a chosen mention. */
export function toMention(u: WordUnits, m: ChosenMention, rule: string): Mention {
  const start = u.starts[m.tokStart]!;
  const end = u.ends[m.tokEnd - 1]!;
  return { start, end, text: u.text.slice(start, end), rule };
}

export { describedCode };
