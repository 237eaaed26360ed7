/**
 * wink remembers every new word it meets in a per-instance cache and, from then on, finds it there
 * before splitting it: "Khalil’s" met once as one unknown word is never split into "Khalil" + "’s"
 * again. The tokens of an article then depend on which articles the process read before (and on
 * the order inside a batch), so a reprocessed article could come out different. With the lexicon
 * fixed, a look-up finds only the model's own words: an unknown word is split by the same rules
 * every time. New words are still added (wink needs their index); they are only never *found*, except
 * words of ASCII letters and digits, which wink never splits ("Shaibani", "2024"): found or not, they
 * give the same token, and finding them is the cheaper path.
 */
export interface LexiconCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
  currentSize(): number;
}

const fixed = new WeakSet<LexiconCache>();

export function fixLexicon(cache: LexiconCache): void {
  if (fixed.has(cache)) return;
  fixed.add(cache);
  const { lookup, add } = cache;
  const size = cache.intrinsicSize();
  // the model's feature functions, called while a word is added, look the word up and need to find it
  let adding = 0;
  cache.add = (text, category) => {
    adding++;
    try {
      return add(text, category);
    } finally {
      adding--;
    }
  };
  // one index: a word (a contraction gives its expansions, four numbers each); at or past `size`, a word wink met.
  // A word of ASCII letters and digits only is never split, found or not: it may be found (the faster path).
  cache.lookup = (text) => {
    const found = lookup(text);
    return adding === 0 && found !== null && found.length === 1 && found[0]! >= size && !lettersAndDigits(text) ? null : found;
  };
}

function lettersAndDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return text.length > 0;
}
