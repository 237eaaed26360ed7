import { describe, expect, it } from 'vitest';
import { loadNlp } from './nlp.js';
import { tokenize } from './tokens.js';

const nlp = loadNlp();

/** wink's own lemma of every kept token, asked token by token (what the remembered lemmas must equal). */
function winkLemmas(text: string): string[] {
  const doc = nlp.readDoc(text);
  const out: string[] = [];
  doc.tokens().each((t: { out(f: unknown): unknown }) => {
    if (t.out(nlp.its.pos) !== 'SPACE' && String(t.out(nlp.its.value)).trim() !== '') out.push(t.out(nlp.its.lemma) as string);
  });
  return out;
}

describe('tokenize', () => {
  it('gives wink\'s lemmas, also for a word seen before with another part of speech and for contractions', () => {
    const texts = [
      'She saw the saw on the table. The ministers were meeting and met again.',
      'The saw was sharp, and they saw it. We can\'t say they won\'t. He\'s leaving; they\'d left.',
      'The ministers\' meetings were meeting expectations, officials said.',
    ];
    for (const text of [...texts, ...texts]) {
      const { tokens } = tokenize(nlp, text);
      expect(tokens.map((t) => t.lemma)).toEqual(winkLemmas(text));
    }
  });
});
