import type { RoleWord } from './kb-schemas.js';
import type { CountryInfo, KbEntry, KbSources } from './kb-types.js';
import { nameWords, type NameWord } from './name-words.js';
import { liteName } from './normalise.js';
import { TokenTrie } from './token-trie.js';
import type { BodyPattern } from './kb-schemas.js';

/** A name in the matcher: which entry, and the words as written (for case-sensitive names). */
export interface NamePayload {
  entry: KbEntry;
  words: readonly NameWord[];
  caseSensitive: boolean;
  ambiguous: boolean;
  /** For one-word names: the name with case, diacritics and apostrophes removed. */
  lite: string;
}

/** A government-body pattern ("{demonym} foreign ministry") in the pattern trie. */
export interface PatternPayload {
  pattern: BodyPattern;
  source: string;
}

export interface RolePayload {
  phrase: string;
  sector: string;
  kind: RoleWord['kind'];
}

/** Placeholders of body patterns and the entry kinds that fill them. */
export const PATTERN_CLASSES: Readonly<Record<string, readonly string[]>> = {
  '{demonym}': ['demonym'],
  '{country}': ['country'],
  '{capital}': ['capital'],
};

/** The compiled knowledge base: tries over normalised words and indexes, built once per process. */
export interface KnowledgeBase {
  entries: ReadonlyMap<string, KbEntry>;
  names: TokenTrie<NamePayload>;
  patterns: TokenTrie<PatternPayload>;
  roles: TokenTrie<RolePayload>;
  /** Role phrases marked `home: false` ("secretary general"): a person with one is not of the story's country by default. */
  noHomeTitles: ReadonlySet<string>;
  /** Last-word key of a person's names -> persons (lone surnames: "Hussein", "Sharaa"). */
  surnames: ReadonlyMap<string, KbEntry[]>;
  countries: ReadonlyMap<string, CountryInfo>;
  files: readonly string[];
  loadMs: number;
}

/** Words that make the next word a father's name, not a family name. */
const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ben']);

export function compileKb(sources: KbSources): KnowledgeBase {
  const names = new TokenTrie<NamePayload>();
  const surnames = new Map<string, KbEntry[]>();
  const seen = new Map<string, string[]>();
  // precomputed (cached) names share one word object per key: tens of thousands of city names
  const wordOf = new Map<string, NameWord>();
  const shared = (k: string): NameWord => {
    let w = wordOf.get(k);
    if (!w) wordOf.set(k, (w = { surface: k, key: k }));
    return w;
  };
  // Names are inserted lazily, branch by first word (TokenTrie.defer); persons' surnames at once.
  for (const n of sources.names) {
    const precomputed = n.keys && !n.caseSensitive && (n.keys.length > 1 || n.lite !== undefined);
    let words: NameWord[] | null = null;
    if (!precomputed) {
      words = nameWords(n.text);
      if (words.length === 0) continue;
      // "The National": an organisation whose name is "the" and one word keeps its "the".
      if (words.length === 1 && n.entry.type === 'ORG' && n.text === n.entry.name && /^the\s/i.test(n.text)) words.unshift({ surface: 'The', key: 'the' });
    } else if (n.keys!.length === 0) continue;
    const keys = words ? words.map((w) => w.key) : n.keys!;
    // After bin/ibn/bint/ben the last word names the father ("Abdullah II bin Al-Hussein"): a lone
    // "Hussein" is not this person, so it is no surname of theirs.
    if (n.entry.type === 'PERSON' && keys.length > 1 && !PATRONYMIC.has(keys.at(-2)!)) {
      const last = keys.at(-1)!;
      const list = surnames.get(last) ?? [];
      if (!list.some((e) => e.id === n.entry.id)) list.push(n.entry);
      surnames.set(last, list);
    }
    names.defer(words ? words[0]!.key : n.keys![0]!, () => insertName(n, words ?? n.keys!.map(shared)));
  }
  function insertName(n: KbSources['names'][number], words: NameWord[]): void {
    if (words.length === 1 && n.lite === undefined && n.keys === undefined) n.lite = liteName(words[0]!.surface);
    // the same name twice for one entry counts once (a few names per entry: a short list, not one big set)
    const sig = `${n.caseSensitive ? 'A' : 'a'}${words.length === 1 ? (n.caseSensitive ? words[0]!.surface : words[0]!.key) : words.map((w) => (n.caseSensitive ? w.surface : w.key)).join(' ')}`;
    const seenForEntry = seen.get(n.entry.id);
    if (seenForEntry?.includes(sig)) return;
    if (seenForEntry) seenForEntry.push(sig);
    else seen.set(n.entry.id, [sig]);
    names.insert(words.map((w) => w.key), { entry: n.entry, words, caseSensitive: n.caseSensitive, ambiguous: n.ambiguous ?? false, lite: words.length === 1 ? n.lite ?? liteName(words[0]!.surface) : '' });
  }
  const patterns = new TokenTrie<PatternPayload>();
  for (const p of sources.patterns) {
    for (const text of p.value.pattern) patterns.insert(patternKeys(text), { pattern: p.value, source: p.source });
  }
  const roles = new TokenTrie<RolePayload>();
  const noHomeTitles = new Set(sources.roleWords.filter((r) => r.value.home === false).flatMap((r) => r.value.words));
  for (const r of sources.roleWords) {
    for (const phrase of r.value.words) {
      const keys = nameWords(phrase).map((w) => w.key);
      const payload = { phrase, sector: r.value.sector, kind: r.value.kind };
      roles.insert(keys, payload);
      // the same title written as one hyphenated word ("Vice-President", "Prime-Minister"): one token
      if (keys.length > 1 && keys.every((k) => /^[a-z]+$/.test(k))) roles.insert([keys.join('-')], payload);
    }
  }
  return { entries: sources.entries, names, patterns, roles, noHomeTitles, surnames, countries: sources.countries, files: sources.files, loadMs: 0 };
}

/** "{country}'s foreign ministry" -> ["{country}", "'s", "foreign", "ministry"]. */
export function patternKeys(text: string): string[] {
  const keys: string[] = [];
  for (const part of text.split(/(\{\w+\})/)) {
    if (/^\{\w+\}$/.test(part)) keys.push(part);
    else {
      const rest = part.replace(/^['’]s\b/, () => { keys.push("'s"); return ''; });
      keys.push(...nameWords(rest).map((w) => w.key));
    }
  }
  return keys;
}
