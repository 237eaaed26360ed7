/**
 * The transliteration normaliser. One key per word, so that spellings of the same name meet:
 *
 * 1. Unicode NFD, combining marks dropped (Ḥusayn -> Husayn), letters NFD keeps whole mapped
 *    (ß -> ss, ø -> o, ł -> l, ı -> i, æ -> ae).
 * 2. Lower case.
 * 3. Apostrophes and letter-like quotes (' ’ ‘ ʿ ʾ ` ´) and dots removed (Hay’at -> hayat, U.S. -> us).
 * 4. Vowel pairs folded: ou -> u, ee -> i, ai -> i (Fouad -> fuad, Shaibani -> shibani).
 * 5. Doubled letters collapsed (Assad -> asad, Hussein -> husein, Asaad -> asad).
 *
 * Word-level rules (applied by the callers that see word sequences, see name-words.ts):
 * the Arabic article (al, el, Al, El, with or without a hyphen) is transparent, hyphens split
 * words, a leading "the" is dropped. So al-Shibani, Al-Shaibani and Al Shibani all give [shibani].
 */
const MAP: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i',
  'ħ': 'h', 'ŧ': 't', 'ŋ': 'ng', 'ə': 'e', 'ǝ': 'e', 'ɨ': 'i',
};
const DROP = /['’‘ʿʾ`´ʼʻ.]/g;
const cache = new Map<string, string>();

export function normaliseWord(word: string): string {
  const plain = plainKey(word);
  if (plain !== null) return plain;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let s = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(/[^\x00-\x7f]/g, (ch) => MAP[ch] ?? ch);
  s = s.replace(DROP, '').replace(/ou/g, 'u').replace(/ee/g, 'i').replace(/ai/g, 'i').replace(/(.)\1+/g, '$1');
  if (cache.size > 200_000) cache.clear();
  cache.set(word, s);
  return s;
}

/**
 * The key of a word of ASCII letters and digits in which no rule above changes anything but the case
 * (no doubled character, no "ou", "ee" or "ai"): most words of a text. Answered by one pass over the
 * characters, without the cache's hashing; null for every other word.
 */
function plainKey(word: string): string | null {
  let prev = -1;
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      c |= 32;
      upper = true;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return null;
    if (c === prev || (prev === 111 && c === 117) || (prev === 97 && c === 105)) return null;
    prev = c;
  }
  return upper ? word.toLowerCase() : word;
}

/** Arabic (and Romance) articles that are transparent inside names (all two letters long: `isArticle` relies on it). */
export const ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** True when the word is an article that names may carry or drop (al-, Al, el-). */
export function isArticle(key: string): boolean {
  return key.length === 2 && ARTICLES.has(key);
}

/** A light key for single words: case, diacritics and apostrophes only ("This" is not "Thais"). */
export function liteName(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.`ʿʾ]/g, '');
}
