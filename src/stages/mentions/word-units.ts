import type { ReadoutDocument } from '../../document/schema.js';
import { isArticle, normaliseWord } from '../../kb/normalise.js';

/**
 * The document's tokens as matcher input: one normalised key per token (null for punctuation, a
 * break), with the article (al-, Al, el-) and hyphens inside words marked transparent, so that the
 * knowledge-base tries see "Hay'at Tahrir al-Sham" as [hayat, tahrir, sham].
 */
export interface WordUnits {
  text: string;
  /** Key per token; "'s" for a possessive. */
  keys: Array<string | null>;
  /** Surface per token. */
  surfaces: string[];
  starts: number[];
  ends: number[];
  pos: string[];
  /** Token may be stepped over inside a name (article, glued hyphen). */
  transparent: boolean[];
  /** Token index -> index of its sentence's first token. */
  sentenceStart: number[];
  /** A lower-case function word (the, of, said, and...): no name or role starts there. */
  functionWord: boolean[];
  isCapitalised(i: number): boolean;
}

const FUNCTION_POS = new Set(['DET', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'VERB', 'PUNCT', 'NUM', 'SYM']);

export function buildWordUnits(doc: Readonly<ReadoutDocument>): WordUnits {
  const { text, tokens } = doc;
  const n = tokens.length;
  const keys: Array<string | null> = new Array(n);
  const surfaces: string[] = new Array(n);
  const starts: number[] = new Array(n);
  const ends: number[] = new Array(n);
  const pos: string[] = new Array(n);
  const transparent: boolean[] = new Array(n).fill(false);
  const sentenceStart: number[] = new Array(n).fill(0);
  const functionWord: boolean[] = new Array(n).fill(false);
  const capital: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const s = text.slice(t.start, t.end);
    surfaces[i] = s;
    starts[i] = t.start;
    ends[i] = t.end;
    pos[i] = t.pos;
    const upper = startsUpper(s);
    capital[i] = upper;
    functionWord[i] = !upper && FUNCTION_POS.has(t.pos);
    if (s.length === 2 && (s[0] === "'" || s[0] === '’') && (s[1] === 's' || s[1] === 'S')) keys[i] = "'s";
    else if (hasLetterOrDigit(s)) {
      const k = normaliseWord(s);
      keys[i] = k === '' ? null : k;
    } else keys[i] = s === '-' || s === '‐' ? '-' : null;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === '-') {
      const glued = i > 0 && i + 1 < n && ends[i - 1] === starts[i] && ends[i] === starts[i + 1];
      if (glued) transparent[i] = true;
      else keys[i] = null;
    } else if (k && isArticle(k) && i + 1 < n && keys[i + 1] !== null) {
      transparent[i] = true;
    } else if (k === null && (surfaces[i] === "'" || surfaces[i] === '’') && pluralPossessiveInName(i)) {
      // "Kurdistan Workers' Party", "the Farmers' Union": the apostrophe of a plural inside a name is stepped over
      keys[i] = "'";
      transparent[i] = true;
    }
  }
  function pluralPossessiveInName(i: number): boolean {
    return i > 0 && i + 1 < n && ends[i - 1] === starts[i] && /[sS]$/.test(surfaces[i - 1]!) && capital[i - 1] === true && capital[i + 1] === true && keys[i + 1] !== null;
  }
  for (const s of doc.sentences) for (let i = s.tokens[0]; i < s.tokens[1] && i < n; i++) sentenceStart[i] = s.tokens[0];
  return {
    text, keys, surfaces, starts, ends, pos, transparent, sentenceStart, functionWord,
    isCapitalised: (i) => capital[i] === true,
  };
}

/** Starts with an upper-case letter (ASCII answered without a regular expression). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

/**
 * Holds a letter or a digit. ASCII characters are answered one by one (the ASCII letters and digits
 * are the only ones of the class below 128), so that punctuation tokens need no regular expression.
 */
export function hasLetterOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return /[\p{L}\p{N}]/u.test(s);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}
