import { describe, expect, it } from 'vitest';
import { NUM_HASHES, shingleHashes, signature } from './minhash.js';

/**
 * The shingle hashes as schema version 1 defined them, written the plain way: words are runs of
 * Unicode letters and digits of the lower-cased NFKD text, a shingle is three words joined by one
 * space, hashed with 32-bit FNV-1a. Stored signatures depend on exactly these values.
 */
function referenceShingles(text: string): Set<number> {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const words = text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 3) return new Set(words.length ? [fnv(words.join(' '))] : []);
  const out = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(fnv(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return out;
}

const TEXTS = [
  'Kenya and Ethiopia signed a border security pact on Tuesday after two days of talks in Nairobi.',
  'ERBIL, Kurdistan Region of Iraq — The KDP’s leader met officials; 3 were hurt in 2024-12-30 clashes.',
  'Ça va? Naïve café\u0301s in İstanbul, ΣΊΣΥΦΟΣ — 北京 市 人民 ﬁne ２３ ǅemal ℌello 𝐀𝐁 wörld.',
  'lone \ud800 surrogate and tabs\tand\nnewlines',
  '',
  'one',
  'two words',
];

describe('MinHash shingles', () => {
  it('hashes the same shingles as schema version 1, so stored signatures stay comparable', () => {
    for (const t of TEXTS) expect([...shingleHashes(t)].sort()).toEqual([...referenceShingles(t)].sort());
  });

  it('gives one minimum per hash function, unchanged by repeated shingles', () => {
    const s = signature(TEXTS[0]!);
    expect(s).toHaveLength(NUM_HASHES);
    // both have the shingles {x y z, y z x, z x y}: the second repeats them
    expect(signature('Iran Iraq Syria. Iran Iraq Syria.')).toEqual(signature('Iran Iraq Syria Iran Iraq Syria Iran Iraq Syria'));
    expect(signature('Iran Iraq Syria. Iran Iraq Syria.')).not.toEqual(signature('Iran Iraq Syria. Iran Syria Iraq.'));
    expect([...signature('')].every((v) => v === 0xffffffff)).toBe(true);
  });
});
