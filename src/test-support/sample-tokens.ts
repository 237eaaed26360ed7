/** A short sentence and its tokens, for the tests of the stored token formats (packed columns, token bytes). */
export const SAMPLE_TEXT = 'Iraq said Monday: ministers met.';

export const sampleTokens = () => [
  { start: 0, end: 4, pos: 'PROPN', lemma: 'Iraq' },
  { start: 5, end: 9, pos: 'VERB', lemma: 'say' },
  { start: 10, end: 16, pos: 'PROPN', lemma: 'monday' },
  { start: 16, end: 17, pos: 'PUNCT', lemma: ':' },
  { start: 18, end: 27, pos: 'NOUN', lemma: 'minister' },
  { start: 28, end: 31, pos: 'VERB', lemma: 'meet' },
];
