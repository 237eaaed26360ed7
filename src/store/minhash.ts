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

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
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

/** Hashes of the word 3-shingles of a text (lower case, letters and digits only). */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return out;
}

/** The MinHash signature: for each hash function, the smallest value over the shingles. */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const h of shingleHashes(text)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix((Math.imul(h, MUL[i]!) + ADD[i]!) >>> 0);
      if (v < sig[i]!) sig[i] = v;
    }
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
