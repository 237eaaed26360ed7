import { describe, expect, it } from 'vitest';
import type { Quote, TimeExpr } from '../document/schema.js';
import { matchSpans, newScore, sameSpeaker, scoreStory } from './quotes-times-score.js';

describe('quote and time scoring', () => {
  it('matches spans one-to-one when they overlap by half of the shorter', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    expect(matchSpans(gold, [{ start: 4, end: 12 }], 0.5)).toHaveLength(1);
    expect(matchSpans(gold, [{ start: 8, end: 30 }], 0.5)).toEqual([[gold[1], { start: 8, end: 30 }]]);
    expect(matchSpans(gold, [{ start: 9, end: 19 }], 0.5)).toEqual([]);
    expect(matchSpans(gold, [{ start: 9, end: 19 }], 0)).toHaveLength(1);
  });

  it('judges speakers by the head of the gold name', () => {
    expect(sameSpeaker('Marco Rubio', 'U.S. Secretary of State Marco Rubio')).toBe(true);
    expect(sameSpeaker('Mohammed Shia al-Sudani', 'Sudani')).toBe(true);
    expect(sameSpeaker('Geir Pedersen', 'Pederson')).toBe(true);
    expect(sameSpeaker('Catherine Russell', 'she')).toBe(false);
    expect(sameSpeaker('Catherine Russell', null)).toBe(false);
    expect(sameSpeaker('Iraqi officials', 'Iraqi special forces')).toBe(false);
  });

  it('counts spans, speakers and date values', () => {
    const quote = (start: number, end: number, speakerText: string | null): Quote => ({
      id: 'q', start, end, text: '', kind: 'direct', speaker: null, speakerText, channel: null, channelText: null, subject: null, subjectText: null, cue: null, rule: 'test',
    });
    const time = (start: number, end: number, value: string | null): TimeExpr => ({
      id: 't', start, end, text: '', value, range: null, resolution: 'inferred', kind: 'date', reason: null, rule: 'test',
    });
    const score = newScore();
    scoreStory(score, {
      id: 's', published: '2025-03-14',
      quotes: [{ start: 0, end: 10, kind: 'direct', speaker: 'Ann Lee' }, { start: 20, end: 30, kind: 'indirect', speaker: 'Bo Kim' }],
      times: [{ start: 40, end: 46, value: '2025-03-14' }, { start: 50, end: 56, value: null }],
    }, [quote(0, 10, 'Ann Lee'), quote(21, 29, 'he'), quote(60, 70, 'X')], [time(40, 46, '2025-03-07'), time(50, 56, null)], ' '.repeat(80));
    expect(score.quotes).toEqual({ gold: 2, predicted: 3, matched: 2 });
    expect(score.speakers).toEqual({ judged: 2, right: 1 });
    expect(score.times).toEqual({ gold: 2, predicted: 2, matched: 2 });
    expect(score.values).toEqual({ judged: 1, right: 0, goldWithValue: 1 });
  });
});
