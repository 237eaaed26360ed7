import { isArticle, normaliseWord } from './normalise.js';

/** One word of a name as written in a knowledge-base file: its surface and its normalised key. */
export interface NameWord {
  surface: string;
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:[.’'ʿʾ`][\p{L}\p{N}]+)*\.?/gu;

/**
 * Splits a knowledge-base name into words the way the text is tokenised: hyphens and spaces
 * separate words, a possessive 's is its own word, the Arabic article and a leading "the" are
 * dropped. "Hay'at Tahrir al-Sham" -> [hayat, tahrir, sham]; "Iraq's foreign ministry" ->
 * [iraq, 's, foreign, ministry].
 */
export function nameWords(name: string): NameWord[] {
  const out: NameWord[] = [];
  for (const m of name.matchAll(WORD)) {
    let surface = m[0];
    const poss = /^(.+?)(['’]s)$/u.exec(surface);
    if (poss && !/^[A-Z]\.?$/.test(poss[1]!)) {
      pushWord(out, poss[1]!);
      out.push({ surface: poss[2]!, key: "'s" });
      continue;
    }
    if (surface.endsWith('.') && !/\..+\.$/.test(surface) && !/^[A-Z][a-z]?\.$/.test(surface)) surface = surface.slice(0, -1);
    pushWord(out, surface);
  }
  while (out.length > 1 && out[0]!.key === 'the') out.shift();
  return out;
}

function pushWord(out: NameWord[], surface: string): void {
  const key = normaliseWord(surface);
  if (key === '' || isArticle(key)) return;
  out.push({ surface, key });
}

/** The normalised key of a whole name: its word keys joined by spaces. */
export function nameKey(name: string): string {
  return nameWords(name).map((w) => w.key).join(' ');
}
