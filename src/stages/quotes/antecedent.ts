import type { Sentence } from '../../document/schema.js';
import { sentenceSubject } from './noun-phrase.js';
import type { CharSpan } from './quote-types.js';
import type { TokenView } from './token-view.js';

/**
 * Without entities, "he" in "he told a news conference" goes to the subject of the nearest earlier
 * sentence (up to two back) that names someone: a noun phrase with a proper noun, outside quotes.
 */
export function subjectOfEarlierSentence(v: TokenView, sentences: readonly Sentence[], index: number, insideQuote: (offset: number) => boolean): CharSpan | null {
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const s = sentences[k]!;
    const r = sentenceSubject(v, s.tokens[0], s.tokens[1]);
    if (!r || insideQuote(v.tokens[r[0]]!.start)) continue;
    let proper = false;
    for (let i = r[0]; i < r[1]; i++) if (v.pos(i) === 'PROPN') proper = true;
    if (proper) return v.span(r[0], r[1]);
  }
  return null;
}
