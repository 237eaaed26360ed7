import winkNLP from 'wink-nlp';
import { fixLexicon, type LexiconCache } from './fixed-lexicon.js';
import { loadWinkModel } from './wink-model.js';

/** wink-nlp with its English lite model: tokens, sentence boundaries, part of speech, lemmas. */
export type Nlp = ReturnType<typeof winkNLP>;

/** Each instance's word cache (wink shows it to the sentence machine only). */
const caches = new WeakMap<Nlp, LexiconCache>();

/**
 * Loads the model on first use only, so that commands that do not read articles start fast. One
 * sentence is read at once: wink shows its word cache to the sentence machine on the first text,
 * which fixes the lexicon (`fixed-lexicon.ts`) before any article is read.
 */
export function loadNlp(): Nlp {
  let cache: LexiconCache | null = null;
  const nlp = winkNLP(loadWinkModel((c) => {
    cache = c as unknown as LexiconCache;
    fixLexicon(cache);
  }) as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  nlp.readDoc('Ready.');
  if (cache) caches.set(nlp, cache);
  return nlp;
}

/** Words wink has added to its cache since it loaded (every new word it meets: names, numbers...). */
export function wordsLearned(nlp: Nlp): number {
  const cache = caches.get(nlp);
  return cache ? cache.currentSize() - cache.intrinsicSize() : 0;
}

/**
 * About 600 bytes a word: a process that reads for days (`watch`, `serve`) would grow without end.
 * With the lexicon fixed, what wink learned changes no result, so a fresh instance can take over.
 */
export const MAX_WORDS_LEARNED = 200_000;

/** The same instance, or a fresh one once it has learned more than `limit` words. */
export function renewedIfGrown(nlp: Nlp, limit = MAX_WORDS_LEARNED): Nlp {
  return wordsLearned(nlp) > limit ? loadNlp() : nlp;
}
