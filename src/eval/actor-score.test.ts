import { describe, expect, it } from 'vitest';
import { scoreArticle } from './actor-score.js';

const m = (start: number, end: number, code: string | null, country: string | null = code?.slice(0, 3) ?? null, sector: string | null = code && code.length > 3 ? code.slice(3) : null) => ({ start, end, text: '', code, country, sector });

describe('scoreArticle', () => {
  it('pairs exact spans, then overlaps, one to one, and compares codes on the pairs', () => {
    const gold = [m(0, 12, 'IRQGOV'), m(20, 25, 'SYR'), m(40, 44, 'USAMIL')];
    const system = [m(0, 12, 'IRQGOV'), m(18, 25, 'SYRGOV'), m(60, 64, 'FRA')];
    expect(scoreArticle(gold, system)).toEqual({ gold: 3, system: 3, exact: 1, overlap: 2, codeSame: 1, countrySame: 2, sectorSame: 1 });
  });

  it('does not pair one system mention with two gold mentions', () => {
    const s = scoreArticle([m(0, 5, 'A'), m(6, 10, 'B')], [m(0, 10, 'A')]);
    expect(s.overlap).toBe(1);
  });
});
