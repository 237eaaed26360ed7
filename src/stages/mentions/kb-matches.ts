import type { KnowledgeBase, NamePayload } from '../../kb/compile-kb.js';
import type { KbEntry } from '../../kb/kb-types.js';
import { liteName } from '../../kb/normalise.js';
import type { Candidate } from './candidate.js';
import type { WordUnits } from './word-units.js';

/**
 * Every knowledge-base name in the text: at each word, walk the name trie and keep the longest
 * name whose case fits (case-sensitive names exactly; others need a capitalised word).
 */
export function findKbMatches(u: WordUnits, kb: KnowledgeBase): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < u.keys.length; i++) {
    const k = u.keys[i];
    if (k == null || k === "'s" || u.transparent[i] || u.functionWord[i]) continue;
    const matches = kb.names.matchAt(u.keys, i, u.transparent);
    for (let m = matches.length - 1; m >= 0; m--) {
      const [end, payloads] = matches[m]!;
      const fit = exactPlaces(u, i, end, payloads.filter((p) => caseFits(u, i, end, p)));
      if (fit.length === 0) continue;
      const entries = preferReading(u, end, unique(rankPayloads(u, i, fit).map((p) => p.entry)));
      const found: Candidate = { kind: 'kb', tokStart: extendArticle(u, i), tokEnd: end, rule: `kb:${entries[0]!.kind}`, entries, country: null, sector: null };
      if (fit.every((p) => p.ambiguous)) found.ambiguous = true;
      out.push(found);
      break;
    }
  }
  return out;
}

const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'capital', 'region']);

/**
 * One word that some place is called exactly (up to case, diacritics and apostrophes) names no other
 * place whose name only folds to the same key: "Dili" is not Delhi (variant "Dilli"), "Samarra" not
 * Samara. People, organisations and countries keep their looser spellings.
 */
function exactPlaces(u: WordUnits, start: number, end: number, fit: NamePayload[]): NamePayload[] {
  if (end - start !== 1 || fit.length < 2) return fit;
  const spelt = lite(u.surfaces[start]!);
  if (!fit.some((p) => p.lite === spelt && PLACE_KINDS.has(p.entry.kind))) return fit;
  return fit.filter((p) => p.lite === undefined || p.lite === spelt || !PLACE_KINDS.has(p.entry.kind));
}

const KIND_ORDER: Record<string, number> = { person: 0, country: 1, demonym: 1, nationals: 2, metonym: 2, capital: 3, region: 4, city: 6 };

/**
 * Several entries share a name: an exact (case-sensitive) name first, then people, organisations,
 * countries and regions before cities, larger cities first ("U.N." is the United Nations, not Un, India).
 */
function rankPayloads(u: WordUnits, start: number, fit: NamePayload[]): NamePayload[] {
  const rank = (p: NamePayload): number => (p.caseSensitive ? 0 : 10) + (KIND_ORDER[p.entry.kind] ?? 1) - (p.lite === lite(u.surfaces[start]!) ? 0.5 : 0);
  return [...fit].sort((a, b) => rank(a) - rank(b) || (b.entry.population ?? 0) - (a.entry.population ?? 0));
}

/** "Saudi" is a country name and a demonym: before a word it is the adjective ("Saudi state-owned"). */
function preferReading(u: WordUnits, end: number, entries: KbEntry[]): KbEntry[] {
  const demonym = entries.findIndex((e) => e.kind === 'demonym');
  if (demonym <= 0 || entries[0]!.kind !== 'country') return entries;
  const next = u.keys[end];
  const nextIsWord = next != null && next !== "'s" && !u.transparent[end] && u.pos[end] !== 'VERB' && u.pos[end] !== 'AUX' && u.pos[end] !== 'ADP' && u.pos[end] !== 'CCONJ';
  return nextIsWord ? [entries[demonym]!, ...entries.filter((_, i) => i !== demonym)] : entries;
}

function caseFits(u: WordUnits, start: number, end: number, p: NamePayload): boolean {
  if (p.caseSensitive) {
    let w = 0;
    for (let i = start; i < end; i++) {
      if (u.transparent[i]) continue;
      const want = p.words[w++]?.surface.replace(/[.'’]/g, '');
      if (want === undefined || u.surfaces[i]!.replace(/[.'’]/g, '') !== want) return false;
    }
    return true;
  }
  let words = 0;
  let capitalised = false;
  for (let i = start; i < end; i++) {
    if (u.transparent[i]) continue;
    words++;
    if (u.isCapitalised(i)) capitalised = true;
  }
  // One word: the vowel folding is too loose for single words ("This" would be "Thais"), so the
  // word must equal the name up to case, diacritics and apostrophes.
  if (words === 1 && p.words.length === 1 && lite(u.surfaces[end - 1]!) !== p.lite) {
    // A spelling variant of one word is taken only as a proper noun or after al-/el- ("al-Shabab").
    const afterArticle = start > 0 && u.transparent[start - 1];
    if (!(u.pos[end - 1] === 'PROPN' && u.sentenceStart[end - 1] !== end - 1) && !afterArticle) return false;
  }
  return capitalised;
}

const liteCache = new Map<string, string>();
function lite(s: string): string {
  let v = liteCache.get(s);
  if (v === undefined) {
    v = liteName(s);
    if (liteCache.size > 100_000) liteCache.clear();
    liteCache.set(s, v);
  }
  return v;
}

/** Includes a capitalised or hyphen-glued article before the name ("al-Qaeda", "Al Arabiya"). */
export function extendArticle(u: WordUnits, i: number): number {
  if (i >= 2 && u.keys[i - 1] === '-' && u.transparent[i - 1] && u.transparent[i - 2]) return i - 2;
  if (i >= 1 && u.transparent[i - 1] && u.keys[i - 1] !== '-' && u.isCapitalised(i - 1)) return i - 1;
  return i;
}

function unique<T extends { id: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
