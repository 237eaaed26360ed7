import { describe, expect, it } from 'vitest';
import type { ReadoutDocument, Token } from '../../document/schema.js';
import { buildWordUnits, hasLetterOrDigit } from './word-units.js';

describe('hasLetterOrDigit', () => {
  it('answers punctuation, ASCII words and other scripts', () => {
    for (const s of ['.', ',', '"', '--', '...', '(', '’', '—', '«»']) expect(hasLetterOrDigit(s)).toBe(false);
    for (const s of ['a', 'Z', '9', '"Hello', '...1', "'s", 'Été', '—ok', 'بغداد', '٣', 'Ελλάδα']) expect(hasLetterOrDigit(s)).toBe(true);
  });
});

describe('buildWordUnits', () => {
  it('gives words keys and punctuation none, and makes a glued hyphen transparent', () => {
    const text = 'Al-Qaeda , U.S. officials " said';
    const parts = ['Al', '-', 'Qaeda', ',', 'U.S.', 'officials', '"', 'said'];
    const tokens: Token[] = [];
    let at = 0;
    for (const w of parts) {
      at = text.indexOf(w, at);
      tokens.push({ start: at, end: at + w.length, pos: 'NOUN', lemma: w });
      at += w.length;
    }
    const doc = { text, tokens, sentences: [{ id: 's1', start: 0, end: text.length, paragraph: 'p1', tokens: [0, tokens.length] }] };
    const u = buildWordUnits(doc as unknown as ReadoutDocument);
    expect(u.keys).toEqual(['al', '-', 'qaeda', null, 'us', 'oficials', null, 'sid']);
    expect(u.transparent).toEqual([true, true, false, false, false, false, false, false]);
  });
});
