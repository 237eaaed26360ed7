/**
 * The token transformers of wink-eng-lite-web-model's sentence-boundary and part-of-speech automata,
 * with each word's hints remembered. wink calls them once per token and automaton (one sentence
 * machine, two tagging machines); the package's own versions read every hint afresh through
 * `cache.property(id, name)`, which looks the property's layout up by name and unpacks the bits: a
 * tenth of `readDoc`. A word's hints depend only on its lexicon index (the model's words never change;
 * a new word seen in a text is appended to the cache and keeps its index), so they are read once per
 * index. The answers are the package's (see dist/sbd-transformers.js and dist/pos-transformers.js,
 * version 1.8.1); `wink-hints.test.ts` checks them against the package's functions token by token.
 */

/** What the transformers use of wink's per-instance cache of words. */
export interface WinkCache {
  property(index: number, name: string): unknown;
  value(index: number): string;
}

/** The offset wink's automata give to hint states (the package's `hintDelta`). */
const HINT_DELTA = 1_080_000;
/** sbd hints: an ambiguous quote, and that quote with spaces before it; abbreviations: likely and unlikely ends of sentences. */
const AMBIGUOUS_QUOTE = 4;
const SPACED_AMBIGUOUS_QUOTE = 6;
const LIKELY_EOS = 7;
const NON_EOS = 8;
/** The preceding-spaces bits of a raw token's second word. */
const SPACES_MASK = 0xffff;

/** Numbers remembered per lexicon index (0: not yet read; a value v is kept as v + 1). */
class PerWord {
  private values = new Int32Array(1 << 17);
  cache: WinkCache | null = null;

  /** Forgets everything when another cache (another wink instance, other indices) asks. */
  for(cache: WinkCache): this {
    if (cache !== this.cache) {
      this.cache = cache;
      this.values.fill(0);
    }
    return this;
  }

  get(index: number, read: (index: number) => number): number {
    if (index >= this.values.length) {
      const grown = new Int32Array(Math.max(index + 1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    const v = this.values[index]!;
    if (v !== 0) return v - 1;
    const fresh = read(index);
    this.values[index] = fresh + 1;
    return fresh;
  }
}

type SbdTransformer = (token: number, cache: WinkCache, rawTokens: ArrayLike<number>, i: number) => number;
type PosTransformer = (pos: number, cache: WinkCache, rawTokens: ArrayLike<number>, i: number) => number;

/**
 * The sentence machine's transformer: a token's sbd hint (or its raw form's), else an abbreviation's end class, else the token.
 * `meet` is called with each cache it meets (wink shows its cache to the transformers only).
 */
export function sbdTransformer(meet: (cache: WinkCache) => void = () => {}): SbdTransformer {
  const hints = new PerWord();
  const abbreviations = new PerWord();
  let cache: WinkCache;
  let met: WinkCache | null = null;
  const hint = (index: number) => Number(cache.property(index, 'sbdHint')) || 0;
  // an abbreviation's state (two characters long: "U." rarely ends a sentence), 0 for other words
  const abbreviation = (index: number) => (cache.property(index, 'isAbbrev') ? HINT_DELTA + (cache.value(index).length === 2 ? NON_EOS : LIKELY_EOS) : 0);
  return (token, c, rawTokens, i) => {
    if (c !== met) meet((met = c));
    cache = c;
    hints.for(c);
    let mapped = hints.get(token, hint) || hints.get(rawTokens[4 * i]!, hint);
    if (mapped === AMBIGUOUS_QUOTE) mapped = rawTokens[4 * i + 1]! & SPACES_MASK ? SPACED_AMBIGUOUS_QUOTE : AMBIGUOUS_QUOTE;
    if (mapped) return mapped + HINT_DELTA;
    return abbreviations.for(c).get(token, abbreviation) || token;
  };
}

/** The tagging machines' transformer: the raw word's pos hint, else the tag so far. */
export function posTransformer(): PosTransformer {
  const hints = new PerWord();
  let cache: WinkCache;
  const hint = (index: number) => Number(cache.property(index, 'posHint')) || 0;
  return (pos, c, rawTokens, i) => {
    cache = c;
    const mapped = hints.for(c).get(rawTokens[4 * i]!, hint);
    return mapped ? mapped + HINT_DELTA : pos;
  };
}
