import { describe, expect, it } from 'vitest';
import { packColumns, unpackColumns } from './packed-columns.js';
import { fromColumns, toColumns } from './record-columns.js';
import { SAMPLE_TEXT, sampleTokens } from '../test-support/sample-tokens.js';

const TEXT = SAMPLE_TEXT;
const round = (rows: Record<string, unknown>[], text = TEXT) => {
  const packed = packColumns(toColumns(rows)!, text);
  return { packed, back: JSON.stringify(fromColumns(unpackColumns(JSON.parse(JSON.stringify(packed)), text))) };
};

describe('packed columns', () => {
  it('stores offsets as differences, own-text strings as marks and tags as a dictionary, and gives the rows back', () => {
    const rows = sampleTokens();
    const { packed, back } = round(rows);
    expect(back).toBe(JSON.stringify(rows));
    expect(packed.values[0]).toEqual({ delta: [0, 5, 5, 6, 2, 10] });
    expect(packed.values[2]).toEqual({ dict: ['PROPN', 'VERB', 'PUNCT', 'NOUN'], idx: [0, 1, 0, 2, 3, 1] });
    expect(packed.values[3]).toEqual({ span: [0, 'say', 1, 0, 'minister', 'meet'] });
  });

  it('keeps columns that do not pack as they are: fractions, nulls, mixed types, strings unlike their text, many distinct strings', () => {
    const rows = [{ start: 0, end: 4, score: 0.5, flag: null, mixed: 1, word: 'x' }, { start: 5, end: 9, score: 1, flag: true, mixed: 'a', word: 'y' }];
    const { packed, back } = round(rows);
    expect(back).toBe(JSON.stringify(rows));
    expect(packed.values.slice(2, 5)).toEqual([[0.5, 1], [null, true], [1, 'a']]);
    expect(packed.values[5]).toEqual({ dict: ['x', 'y'], idx: [0, 1] });
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `w${i}`, n: -i }));
    const r = round(many);
    expect(r.back).toBe(JSON.stringify(many));
    expect(r.packed.values[0]).toEqual(many.map((m) => m.id));
    // offsets outside the text: the strings are not their own text, and still come back
    const odd = [{ start: 40, end: 50, lemma: '' }, { start: 2, end: 1, lemma: 'q' }];
    expect(round(odd).back).toBe(JSON.stringify(odd));
  });
});
