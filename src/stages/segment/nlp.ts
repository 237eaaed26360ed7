import winkNLP from 'wink-nlp';
import { loadWinkModel } from './wink-model.js';

/** wink-nlp with its English lite model: tokens, sentence boundaries, part of speech, lemmas. */
export type Nlp = ReturnType<typeof winkNLP>;

/**
 * Loads the model on first use only, so that commands that do not read articles start fast. One
 * sentence is read at once: wink shows its word cache to the sentence machine on the first text,
 * which fixes the lexicon (`fixed-lexicon.ts`) before any article is read.
 */
export function loadNlp(): Nlp {
  const nlp = winkNLP(loadWinkModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  nlp.readDoc('Ready.');
  return nlp;
}
