import type { KnowledgeBase, NamePayload } from '../../kb/compile-kb.js';
import type { KbEntry } from '../../kb/kb-types.js';
import type { Candidate } from './candidate.js';
import type { WordUnits } from './word-units.js';

/**
 * Every knowledge-base name in the text: at each word, walk the name trie and keep the longest
 * name whose case fits (case-sensitive names exactly; others need a capitalised word).
 */
export function findKbMatches(u: WordUnits, kb: KnowledgeBase): Candidate[] {
  const out: Candidate[] = [];
  const skip = (i: number): boolean => u.transparent[i]!;
  for (let i = 0; i < u.keys.length; i++) {
    const k = u.keys[i];
    if (k == null || k === "'s" || u.transparent[i]) continue;
    const matches = kb.names.matchAt(u.keys, i, skip);
    for (let m = matches.length - 1; m >= 0; m--) {
      const [end, payloads] = matches[m]!;
      const fit = payloads.filter((p) => caseFits(u, i, end, p));
      if (fit.length === 0) continue;
      const entries = preferReading(u, end, unique(fit.map((p) => p.entry)));
      out.push({ kind: 'kb', tokStart: extendArticle(u, i), tokEnd: end, rule: `kb:${entries[0]!.kind}`, entries, country: null, sector: null, ...(fit.every((p) => p.ambiguous) ? { ambiguous: true } : {}) });
      break;
    }
  }
  return out;
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
  if (words === 1 && p.words.length === 1 && lite(u.surfaces[start]!) !== lite(p.words[0]!.surface)) {
    return false;
  }
  return capitalised;
}

function lite(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.`ʿʾ]/g, '');
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
