/**
 * MinHash over word 3-shingles, for finding syndicated copies (the same wire story republished
 * with small edits). 64 hash functions; locality-sensitive hashing in 16 bands of 4 rows gives
 * candidates, and the share of equal minima estimates the Jaccard similarity of the shingle sets.
 */
export const NUM_HASHES = 64;
export const BAND_ROWS = 4;
export const NUM_BANDS = NUM_HASHES / BAND_ROWS;
const SHINGLE = 3;

// Fixed odd multipliers and offsets for the hash family (from a seeded generator: stable across runs).
const MUL = new Uint32Array(NUM_HASHES);
const ADD = new Uint32Array(NUM_HASHES);
{
  let s = 0x9e3779b9;
  const next = (): number => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  for (let i = 0; i < NUM_HASHES; i++) {
    MUL[i] = (next() | 1) >>> 0;
    ADD[i] = next();
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The words of a text for shingling: runs of letters and digits (Unicode) of its lower-cased NFKD
 * form, as [start, end) pairs into that form (no strings are made). ASCII is tested directly.
 */
function wordBounds(s: string): Int32Array {
  const bounds = new Int32Array(s.length + 3); // pairs, then the number of words in the last slot
  let count = 0;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const cp = s.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      word = WORD_CHAR.test(String.fromCodePoint(cp));
    }
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      bounds[2 * count] = start;
      bounds[2 * count + 1] = i;
      count++;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) {
    bounds[2 * count] = start;
    bounds[2 * count + 1] = s.length;
    count++;
  }
  bounds[bounds.length - 1] = count;
  return bounds;
}

/**
 * The FNV-1a hash of each word 3-shingle ("w1 w2 w3"), in text order, duplicates included, as the
 * bits of signed 32-bit integers (`>>> 0` gives the hash). No callback: one monomorphic loop.
 */
function shingles(text: string): Int32Array {
  const s = text.toLowerCase().normalize('NFKD');
  const bounds = wordBounds(s);
  const count = bounds[bounds.length - 1]!;
  if (count < SHINGLE) return shortText(s, bounds, count);
  const n = count - SHINGLE + 1;
  const hashes = new Int32Array(n);
  for (let w = 0; w < n; w++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < SHINGLE; k++) {
      if (k > 0) h = Math.imul(h ^ SPACE, FNV_PRIME);
      for (let i = bounds[2 * (w + k)]!, end = bounds[2 * (w + k) + 1]!; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
    }
    hashes[w] = h;
  }
  return hashes; // a plain return: an object literal here was never reached when the loop was first optimised, and deoptimised every call
}

/** A text of fewer than three words is one shingle of its words (none when it has none). */
function shortText(s: string, bounds: Int32Array, count: number): Int32Array {
  if (count === 0) return new Int32Array(0);
  const words: string[] = [];
  for (let w = 0; w < count; w++) words.push(s.slice(bounds[2 * w], bounds[2 * w + 1]));
  return Int32Array.of(fnv1a(words.join(' ')) | 0);
}

/** Hashes of the word 3-shingles of a text (lower case, letters and digits only). */
export function shingleHashes(text: string): Set<number> {
  const hashes = shingles(text);
  const out = new Set<number>();
  for (let k = 0; k < hashes.length; k++) out.add(hashes[k]! >>> 0);
  return out;
}

// The hash family's constants as signed 32-bit integers: the loops stay in int32 arithmetic.
const MUL_I = new Int32Array(MUL.buffer);
const ADD_I = new Int32Array(ADD.buffer);
const BIAS = -0x80000000;

/**
 * The MinHash signature: for each hash function, the smallest value over the shingles. Four hash
 * functions at a time over all shingles (one load of each shingle for four independent minima, which
 * the processor computes side by side: half the time of one function at a time), with each minimum
 * kept biased (v XOR 2^31 as a signed integer orders as v does unsigned), so that no value leaves
 * int32 range (unsigned values above 2^31 are slow doubles). The values are those of the plain
 * definition (minhash.test.ts).
 */
export function signature(text: string): Uint32Array {
  const hashes = shingles(text);
  const count = hashes.length;
  for (let k = 0; k < count; k++) hashes[k] = mix(hashes[k]! >>> 0) | 0;
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  if (count === 0) return sig;
  for (let i = 0; i < NUM_HASHES; i += 4) { // NUM_HASHES is a multiple of 4
    const add0 = ADD_I[i]!, add1 = ADD_I[i + 1]!, add2 = ADD_I[i + 2]!, add3 = ADD_I[i + 3]!;
    const mul0 = MUL_I[i]!, mul1 = MUL_I[i + 1]!, mul2 = MUL_I[i + 2]!, mul3 = MUL_I[i + 3]!;
    let low0 = 0x7fffffff, low1 = 0x7fffffff, low2 = 0x7fffffff, low3 = 0x7fffffff; // 0xffffffff biased
    for (let k = 0; k < count; k++) {
      const h = hashes[k]!;
      const v0 = Math.imul(h ^ add0, mul0);
      const v1 = Math.imul(h ^ add1, mul1);
      const v2 = Math.imul(h ^ add2, mul2);
      const v3 = Math.imul(h ^ add3, mul3);
      const b0 = v0 ^ (v0 >>> 15) ^ BIAS;
      const b1 = v1 ^ (v1 >>> 15) ^ BIAS;
      const b2 = v2 ^ (v2 >>> 15) ^ BIAS;
      const b3 = v3 ^ (v3 >>> 15) ^ BIAS;
      if (b0 < low0) low0 = b0;
      if (b1 < low1) low1 = b1;
      if (b2 < low2) low2 = b2;
      if (b3 < low3) low3 = b3;
    }
    sig[i] = (low0 ^ BIAS) >>> 0;
    sig[i + 1] = (low1 ^ BIAS) >>> 0;
    sig[i + 2] = (low2 ^ BIAS) >>> 0;
    sig[i + 3] = (low3 ^ BIAS) >>> 0;
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One key per band (band number and its rows), as safe integers for an SQLite index. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < NUM_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix((h ^ sig[b * BAND_ROWS + r]!) >>> 0);
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

export function signatureToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(bytes: Buffer): Uint32Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}
