import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp with its English lite model: tokens, sentence boundaries, part of speech, lemmas. */
export type Nlp = ReturnType<typeof winkNLP>;

export function loadNlp(): Nlp {
  return winkNLP(model, ['sbd', 'pos']);
}
