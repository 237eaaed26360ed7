import { describe, expect, it } from 'vitest';
import { tokensFromBytes, tokensToBytes } from './token-bytes.js';
import { SAMPLE_TEXT, sampleTokens } from '../test-support/sample-tokens.js';

const TEXT = SAMPLE_TEXT;

describe('token bytes', () => {
  it('writes gaps and lengths as varints, tags as indexes and lemmas as marks, and gives the tokens back', () => {
    const tokens = sampleTokens();
    const b = tokensToBytes(tokens, TEXT)!;
    expect(b.tags).toEqual(['PROPN', 'VERB', 'PUNCT', 'NOUN']);
    expect(b.lemmas).toEqual(['say', 'minister', 'meet']);
    expect([...b.bytes]).toEqual([0, 1, 1, 0, 1, 1, /* lengths */ 4, 4, 6, 1, 9, 3, /* tags */ 0, 1, 0, 2, 3, 1, /* lemma marks */ 0, 2, 1, 0, 2, 2]);
    expect(JSON.stringify(tokensFromBytes(b, TEXT))).toBe(JSON.stringify(tokens));
  });

  it('writes gaps and lengths of 128 and more in several bytes', () => {
    const text = `${' '.repeat(300)}${'x'.repeat(20000)} end`;
    const tokens = [{ start: 300, end: 20300, pos: 'X', lemma: 'long' }, { start: 20301, end: 20304, pos: 'NOUN', lemma: 'end' }];
    const b = tokensToBytes(tokens, text)!;
    expect([...b.bytes.subarray(0, 3)]).toEqual([300 % 128 + 128, 2, 1]);
    expect(tokensFromBytes(b, text)).toEqual(tokens);
  });

  it('refuses tokens of another shape, out of order or overlapping (the caller stores them otherwise)', () => {
    const t = { start: 0, end: 4, pos: 'PROPN', lemma: 'Iraq' };
    expect(tokensToBytes([{ ...t, extra: 1 }], TEXT)).toBeNull();
    expect(tokensToBytes([{ end: 4, start: 0, pos: 'PROPN', lemma: 'Iraq' }], TEXT)).toBeNull();
    expect(tokensToBytes([{ ...t, start: 0.5 }], TEXT)).toBeNull();
    expect(tokensToBytes([{ ...t, pos: null }], TEXT)).toBeNull();
    expect(tokensToBytes([{ start: 5, end: 9, pos: 'VERB', lemma: 'say' }, t], TEXT)).toBeNull();
    expect(tokensToBytes([{ start: 0, end: 9, pos: 'X', lemma: 'a' }, { start: 5, end: 9, pos: 'VERB', lemma: 'say' }], TEXT)).toBeNull();
    expect(tokensToBytes([{ ...t, end: -1 }], TEXT)).toBeNull();
  });

  it('marks a lemma as the lower case of its token exactly when toLowerCase says so, in ASCII and beyond', () => {
    const text = 'NATO met ÉCOLE staff in Café Ölü, Mixed x1 Ab';
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
    const lemmaOf: Record<string, string> = { NATO: 'nato', met: 'meet', 'ÉCOLE': 'école', staff: 'staff', in: 'in', 'Café': 'café', 'Ölü,': 'ölü,', Mixed: 'mixeD', x1: 'X1', Ab: 'ab' };
    const tokens = words.map((w) => ({ start: w.start, end: w.end, pos: 'X', lemma: lemmaOf[w.word]! }));
    const b = tokensToBytes(tokens, text)!;
    const marks = [...b.bytes.subarray(b.bytes.length - tokens.length)];
    const plain = tokens.map((t) => {
      const own = text.slice(t.start, t.end);
      return t.lemma === own ? 0 : t.lemma === own.toLowerCase() ? 1 : 2;
    });
    expect(marks).toEqual(plain);
    expect(marks).toEqual([1, 2, 1, 0, 0, 1, 1, 2, 2, 1]);
    expect(JSON.stringify(tokensFromBytes(b, text))).toBe(JSON.stringify(tokens));
  });

  it('gives back no tokens as none', () => {
    const b = tokensToBytes([], TEXT)!;
    expect(b.bytes.length).toBe(0);
    expect(tokensFromBytes(b, TEXT)).toEqual([]);
  });
});
