import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from './record-columns.js';

describe('record columns', () => {
  it('turns flat records with the same keys into columns and back', () => {
    const rows = [{ start: 0, end: 4, pos: 'NOUN', lemma: 'iraq', flag: true }, { start: 5, end: 8, pos: 'VERB', lemma: 'say', flag: null }];
    const c = toColumns(rows)!;
    expect(c.keys).toEqual(['start', 'end', 'pos', 'lemma', 'flag']);
    expect(c.values[0]).toEqual([0, 5]);
    expect(JSON.stringify(fromColumns(c))).toBe(JSON.stringify(rows));
  });

  it('refuses rows that are not flat, not alike or not records', () => {
    expect(toColumns([])).toBeNull();
    expect(toColumns([{ a: 1 }, { a: 1, b: 2 }])).toBeNull();
    expect(toColumns([{ a: 1, b: 2 }, { a: 1 }])).toBeNull();
    expect(toColumns([{ a: 1, b: 2 }, { b: 2, a: 1 }])).toBeNull();
    expect(toColumns([{ a: { nested: 1 } }])).toBeNull();
    expect(toColumns([{ a: [1] }])).toBeNull();
    expect(toColumns([{ a: undefined }])).toBeNull();
    expect(toColumns([{ a: 1 }, null])).toBeNull();
    expect(toColumns([[1, 2]])).toBeNull();
  });
});
