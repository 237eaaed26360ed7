import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

/** wink-nlp with its English lite model: tokens, sentence boundaries, part of speech, lemmas. */
export type Nlp = ReturnType<typeof winkNLP>;

const require = createRequire(import.meta.url);

/** Loads the model on first use only, so that commands that do not read articles start fast. */
export function loadNlp(): Nlp {
  const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
  return winkNLP(model, ['sbd', 'pos']);
}
