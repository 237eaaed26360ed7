import winkNLP from 'wink-nlp';
import { loadWinkModel } from './wink-model.js';

/** wink-nlp with its English lite model: tokens, sentence boundaries, part of speech, lemmas. */
export type Nlp = ReturnType<typeof winkNLP>;

/** Loads the model on first use only, so that commands that do not read articles start fast. */
export function loadNlp(): Nlp {
  return winkNLP(loadWinkModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
}
