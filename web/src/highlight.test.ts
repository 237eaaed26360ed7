import { describe, expect, it } from 'vitest';
import { segments, type Mark } from './highlight.js';

const m = (id: string, start: number, end: number, layer: Mark['layer'] = 'entities'): Mark => ({ layer, id, start, end });

describe('segments', () => {
  it('tiles the range exactly, with plain runs between marks', () => {
    const segs = segments([m('a', 2, 4), m('b', 6, 9)], 0, 10);
    expect(segs.map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 4], [4, 6], [6, 9], [9, 10]]);
    expect(segs.map((s) => s.marks.map((x) => x.id).join())).toEqual(['', 'a', '', 'b', '']);
  });

  it('keeps every mark of overlapping and nested spans', () => {
    const segs = segments([m('ev', 0, 10, 'events'), m('e', 3, 5), m('t', 4, 8, 'times')], 0, 10);
    const at = (pos: number) => segs.find((s) => s.start <= pos && pos < s.end)!.marks.map((x) => x.id).sort();
    expect(at(0)).toEqual(['ev']);
    expect(at(3)).toEqual(['e', 'ev']);
    expect(at(4)).toEqual(['e', 'ev', 't']);
    expect(at(6)).toEqual(['ev', 't']);
    expect(segs.reduce((n, s) => n + (s.end - s.start), 0)).toBe(10);
  });

  it('clips marks that cross the block boundary', () => {
    const segs = segments([m('a', 0, 20)], 5, 10);
    expect(segs).toEqual([{ start: 5, end: 10, marks: [m('a', 0, 20)] }]);
    expect(segments([m('a', 0, 3)], 5, 10)).toEqual([{ start: 5, end: 10, marks: [] }]);
  });
});
