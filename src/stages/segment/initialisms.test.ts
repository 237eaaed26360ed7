import { describe, expect, it } from 'vitest';
import { loadNlp } from './nlp.js';
import { tokenize } from './tokens.js';
import { joinInitialisms } from './initialisms.js';

const nlp = loadNlp();

describe('joinInitialisms', () => {
  it('joins an initialism wink split after a hyphen, and the sentence it cut', () => {
    const text = 'The Kenya-U.S. exercise began in January. Later, EU-U.K. talks resumed.';
    const { tokens, sentenceTokenSpans } = tokenize(nlp, text);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(['The', 'Kenya', '-', 'U.S.', 'exercise', 'began', 'in', 'January', '.', 'Later', ',', 'EU', '-', 'U.K.', 'talks', 'resumed', '.']);
    expect(tokens[3]).toMatchObject({ pos: 'PROPN', lemma: 'u.s.' });
    expect(sentenceTokenSpans).toEqual([[0, 8], [9, 16]]);
  });

  it('leaves initials with spaces between, a last letter without its stop and small letters alone', () => {
    const tok = (text: string, parts: string[]) => {
      let at = 0;
      return parts.map((p) => { const start = text.indexOf(p, at); at = start + p.length; return { start, end: at, pos: 'PROPN', lemma: p.toLowerCase() }; });
    };
    for (const [text, parts] of [['J. K. Rowling', ['J', '.', 'K.', 'Rowling']], ['Kenya-U.S', ['Kenya', '-', 'U', '.', 'S']], ['Kenya-u.s.', ['Kenya', '-', 'u', '.', 's.']]] as const) {
      const tokens = tok(text, [...parts]);
      expect(joinInitialisms(text, tokens, [[0, tokens.length - 1]]).tokens).toBe(tokens);
    }
  });
});
