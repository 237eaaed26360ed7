import type { Columns } from './record-columns.js';

/**
 * Columns stored smaller (codec 3 of document-codec.ts), each column the smallest of:
 * - `{ delta }`: integers as differences from the previous value (token offsets: 1-2 digits, not 4-5);
 * - `{ span }`: strings that are mostly the row's own text (`text.slice(start, end)`): 0 for that
 *   text, 1 for its lower case, else the string (a token's lemma);
 * - `{ dict, idx }`: strings with few distinct values as indexes into a list (part-of-speech tags);
 * - the values as they are.
 * Lossless: `unpackColumns(packColumns(c, text), text)` has the JSON of `c`.
 */
export type PackedColumn = unknown[] | { delta: number[] } | { span: (string | 0 | 1)[] } | { dict: string[]; idx: number[] };

export interface PackedColumns {
  keys: string[];
  values: PackedColumn[];
}

const MAX_DICT = 255;

export function packColumns(c: Columns, text: string): PackedColumns {
  const start = c.keys.indexOf('start');
  const end = c.keys.indexOf('end');
  const spans = start >= 0 && end >= 0 && c.values[start]!.every(Number.isInteger) && c.values[end]!.every(Number.isInteger)
    ? { start: c.values[start] as number[], end: c.values[end] as number[] } : null;
  return { keys: c.keys, values: c.values.map((v) => packColumn(v, text, spans)) };
}

function packColumn(values: unknown[], text: string, spans: { start: number[]; end: number[] } | null): PackedColumn {
  if (values.every(Number.isInteger)) {
    const delta = new Array<number>(values.length);
    let prev = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      delta[i] = v - prev;
      prev = v;
    }
    return { delta };
  }
  if (!values.every((v) => typeof v === 'string')) return values;
  const strings = values as string[];
  if (spans) {
    const span = new Array<string | 0 | 1>(strings.length);
    let same = 0;
    for (let i = 0; i < strings.length; i++) {
      const v = strings[i]!;
      const from = spans.start[i]!;
      let mark: string | 0 | 1 = v;
      if (v.length === spans.end[i]! - from && from >= 0) { // compare in place; a lemma of another length is no copy
        if (text.startsWith(v, from)) mark = 0;
        else if (v === text.slice(from, from + v.length).toLowerCase()) mark = 1;
      }
      span[i] = mark;
      if (mark !== v) same++;
    }
    if (same * 2 >= strings.length) return { span };
  }
  const index = new Map<string, number>();
  const idx = new Array<number>(strings.length);
  for (let i = 0; i < strings.length; i++) {
    let k = index.get(strings[i]!);
    if (k === undefined) {
      if (index.size === MAX_DICT) return values;
      k = index.size;
      index.set(strings[i]!, k);
    }
    idx[i] = k;
  }
  return { dict: [...index.keys()], idx };
}

export function unpackColumns(p: PackedColumns, text: string): Columns {
  const plain = p.values.map((v) => (Array.isArray(v) || !('delta' in v) ? v : undelta(v.delta)));
  const start = p.keys.indexOf('start');
  const end = p.keys.indexOf('end');
  const values = plain.map((v): unknown[] => {
    if (Array.isArray(v)) return v;
    if ('dict' in v) return v.idx.map((i) => v.dict[i]);
    const starts = plain[start] as number[];
    const ends = plain[end] as number[];
    return v.span.map((s, i) => (s === 0 ? text.slice(starts[i], ends[i]) : s === 1 ? text.slice(starts[i], ends[i]).toLowerCase() : s));
  });
  return { keys: p.keys, values };
}

function undelta(delta: number[]): number[] {
  const out = new Array<number>(delta.length);
  let prev = 0;
  for (let i = 0; i < delta.length; i++) out[i] = prev += delta[i]!;
  return out;
}
