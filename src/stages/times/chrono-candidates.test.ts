import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { DATE_PARSER, chronoCandidates } from './chrono-candidates.js';

const REF = new Date(Date.UTC(2024, 11, 30, 12));

describe('chrono candidates', () => {
  it('use chrono casual without exactly its time-of-day parser', () => {
    expect(DATE_PARSER.parsers).toHaveLength(chrono.casual.parsers.length - 1);
    expect(DATE_PARSER.parsers.map((p) => p.constructor.name)).not.toContain('ENTimeExpressionParser');
  });

  it('keep the date of an expression that also gives a clock time', () => {
    const [c] = chronoCandidates('The talks opened on Monday at 3 p.m. in Geneva.', 0, 0, REF);
    expect(c?.parts.weekday).toBe(1);
    expect(c?.noise).toBeNull();
  });

  it('read no hour into a day number after a weekday', () => {
    const found = chronoCandidates('On Wednesday, 23 people were hurt in the blast.', 0, 0, REF);
    expect(found.map((c) => c.parts.weekday)).toEqual([3]);
    expect(found[0]!.end).toBeLessThanOrEqual('On Wednesday'.length);
  });

  it('still find "this morning" and "tonight"', () => {
    expect(chronoCandidates('Troops withdrew this morning.', 0, 0, REF).map((c) => c.relative)).toEqual([{ unit: 'day', offset: 0 }]);
    expect(chronoCandidates('The council meets tonight.', 0, 0, REF)).toHaveLength(1);
  });
});
