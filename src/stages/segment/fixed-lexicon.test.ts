import { describe, expect, it } from 'vitest';
import { loadNlp, renewedIfGrown, wordsLearned } from './nlp.js';
import { tokenize } from './tokens.js';

const words = (nlp: ReturnType<typeof loadNlp>, text: string) => tokenize(nlp, text).tokens.map((t) => text.slice(t.start, t.end));

describe('fixed lexicon', () => {
  it('tokenizes a text the same whatever the process read before', () => {
    const nlp = loadNlp();
    const text = 'Police halted Ostrovic’s deportation and questioned Ostrovic’s lawyer.';
    const fresh = words(nlp, text);
    expect(fresh).toContain('Ostrovic');
    // wink keeps "Ostrovic’s," as one unknown word before the comma; unfixed, it then finds that word whole everywhere
    words(nlp, 'Supporters rallied at Ostrovic’s, the family home.');
    expect(words(nlp, text)).toEqual(fresh);
  });

  it('gives a word of letters and digits the same tokens after wink has met it beside punctuation', () => {
    const nlp = loadNlp();
    for (const w of ['Brovanek', '10km', 'G7', '2024', '1990s', 'F35']) {
      const text = `They saw ${w} today.`;
      const fresh = words(nlp, text);
      words(nlp, `They saw ${w}, then left. (${w}) ${w}.`);
      expect(words(nlp, text)).toEqual(fresh);
    }
  });

  it('still finds the model\'s own words and contractions', () => {
    const nlp = loadNlp();
    expect(words(nlp, 'They can’t say the ministers won’t meet.')).toEqual(['They', 'ca', 'n’t', 'say', 'the', 'ministers', 'wo', 'n’t', 'meet', '.']);
  });

  it('counts the words wink learns, and a renewed instance tokenizes as the old one did', () => {
    const nlp = loadNlp();
    expect(wordsLearned(nlp)).toBe(0);
    const text = 'Brovanek’s envoy met Talisko officials in Qurvane on 3/4/2024.';
    const before = words(nlp, text);
    expect(wordsLearned(nlp)).toBeGreaterThanOrEqual(3);
    expect(renewedIfGrown(nlp)).toBe(nlp);
    const fresh = renewedIfGrown(nlp, 2);
    expect(fresh).not.toBe(nlp);
    expect(wordsLearned(fresh)).toBe(0);
    expect(words(fresh, text)).toEqual(before);
  });
});
