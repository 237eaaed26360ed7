import type { Token } from '../document/schema.js';

/**
 * Tokens of the contract's shape (start, end, pos, lemma, in that order) as bytes, for codec 4 of
 * document-codec.ts: writing numbers into bytes costs a fraction of writing them as JSON text, and
 * the bytes are fewer. Four columns one after the other, a value per token in each:
 * - the gap from the previous token's end to this one's start, and the token's length (unsigned
 *   LEB128 varints: one byte below 128);
 * - the part-of-speech tag as an index into `tags`;
 * - the lemma as a mark: 0 for the token's own text, 1 for its lower case, 2 for the next string of
 *   `lemmas`.
 * Lossless: `tokensFromBytes(tokensToBytes(tokens, text)!, text)` has the JSON of `tokens`.
 */
export interface TokenBytes {
  count: number;
  tags: string[];
  lemmas: string[];
  bytes: Uint8Array;
}

const KEYS = ['start', 'end', 'pos', 'lemma'];
const MAX_TAGS = 256;
const OWN_TEXT = 0;
const LOWER_CASE = 1;
const LISTED = 2;

/** The tokens as bytes, or null when one has another shape, or overlaps or precedes the one before it. */
export function tokensToBytes(tokens: readonly Record<string, unknown>[], text: string): TokenBytes | null {
  const n = tokens.length;
  // at most 5 bytes per varint (offsets stay below 2^32), one per tag and mark
  const bytes = new Uint8Array(12 * n);
  const tagColumn = new Uint8Array(n);
  const markColumn = new Uint8Array(n);
  const tags = new Map<string, number>();
  const lemmas: string[] = [];
  let at = 0;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) { // the gaps, with every check
    const t = tokens[i]!;
    let k = 0;
    for (const key in t) if (key !== KEYS[k++]) return null;
    if (k !== 4) return null;
    const start = t.start;
    const end = t.end;
    const pos = t.pos;
    const lemma = t.lemma;
    if (typeof start !== 'number' || typeof end !== 'number' || typeof pos !== 'string' || typeof lemma !== 'string') return null;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < prevEnd || end < start || end > 0xffffffff) return null;
    at = writeVarint(bytes, at, start - prevEnd);
    prevEnd = end;
    let tag = tags.get(pos);
    if (tag === undefined) {
      if (tags.size === MAX_TAGS) return null;
      tag = tags.size;
      tags.set(pos, tag);
    }
    tagColumn[i] = tag;
    let mark = LISTED;
    if (lemma.length === end - start) { // compare in place; a lemma of another length is no copy
      if (text.startsWith(lemma, start)) mark = OWN_TEXT;
      else if (isLowerCaseOf(lemma, text, start)) mark = LOWER_CASE;
    }
    if (mark === LISTED) lemmas.push(lemma);
    markColumn[i] = mark;
  }
  for (let i = 0; i < n; i++) at = writeVarint(bytes, at, (tokens[i]!.end as number) - (tokens[i]!.start as number));
  bytes.set(tagColumn, at);
  bytes.set(markColumn, at + n);
  return { count: n, tags: [...tags.keys()], lemmas, bytes: bytes.subarray(0, at + 2 * n) };
}

export function tokensFromBytes(b: TokenBytes, text: string): Token[] {
  const { count: n, bytes } = b;
  const gaps = new Array<number>(n);
  const lengths = new Array<number>(n);
  let at = readVarints(bytes, 0, gaps);
  at = readVarints(bytes, at, lengths);
  const tokens = new Array<Token>(n);
  let prevEnd = 0;
  let listed = 0;
  for (let i = 0; i < n; i++) {
    const start = prevEnd + gaps[i]!;
    const end = start + lengths[i]!;
    prevEnd = end;
    const mark = bytes[at + n + i];
    const lemma = mark === OWN_TEXT ? text.slice(start, end) : mark === LOWER_CASE ? text.slice(start, end).toLowerCase() : b.lemmas[listed++]!;
    tokens[i] = { start, end, pos: b.tags[bytes[at + i]!]!, lemma };
  }
  return tokens;
}

/**
 * `lemma === text.slice(start, start + lemma.length).toLowerCase()`, compared in place while the
 * text is ASCII (A-Z to a-z, nothing else changes), without making the slice and its lower case
 * (a call into ICU when the text has characters beyond Latin-1). Other characters take the plain test.
 */
function isLowerCaseOf(lemma: string, text: string, start: number): boolean {
  for (let i = 0; i < lemma.length; i++) {
    const c = text.charCodeAt(start + i);
    if (c >= 128) return lemma === text.slice(start, start + lemma.length).toLowerCase();
    if (lemma.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 0x80);
  }
  bytes[at++] = value;
  return at;
}

/** Reads `out.length` varints from `at` into `out`; returns where they end. */
function readVarints(bytes: Uint8Array, at: number, out: number[]): number {
  for (let i = 0; i < out.length; i++) {
    let value = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[at++]!;
      value += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b >= 0x80);
    out[i] = value;
  }
  return at;
}
