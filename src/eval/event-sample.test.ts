import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../document/schema.js';
import { extractText } from '../test-support/extract-text.js';
import { describeSampled, eventKey, parseJudgments, precisionOf, sample, seededRandom } from './event-sample.js';

const event = (code: string, source: string | null, target: string | null, start: number): ReadoutEvent => ({
  id: 'e1', cameo: { code, label: '', root: code.slice(0, 2), goldstein: 0, quadClass: 1 }, plover: null,
  source: { entity: null, actor: source, text: 'the source' }, target: target ? { entity: null, actor: target, text: 'the target' } : null,
  date: null, dateSource: 'none', time: null, location: null, negated: false, modality: 'asserted', question: false, quote: null,
  sentence: 's1', evidence: [{ start, end: start + 5 }], confidence: 0.5, rule: 'test',
});

describe('event sample for the hand check', () => {
  it('draws the same events for the same seed, others for another seed, never one twice', () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const a = sample(items, 50, 7);
    expect(sample(items, 50, 7)).toEqual(a);
    expect(sample(items, 50, 8)).not.toEqual(a);
    expect(new Set(a).size).toBe(50);
    expect(sample(items.slice(0, 3), 50, 7).sort()).toEqual([0, 1, 2]);
    const r = seededRandom(1);
    expect(Array.from({ length: 1000 }, r).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keys an event by code, actors and first evidence span (uncoded actors by their text)', () => {
    expect(eventKey(event('190', 'IRQGOV', null, 10))).toBe('190 IRQGOV>- @10-15');
    expect(eventKey(event('042', null, 'SYR', 3))).toBe('042 "the source">SYR @3-8');
  });

  it('scores precision over the drawn events only, counting drawn events without a judgment as unjudged', () => {
    const judged = parseJudgments([
      JSON.stringify({ story: 'a', key: '190 IRQGOV>- @10-15', verdict: 'ok', reason: '' }),
      JSON.stringify({ story: 'a', key: '042 IRQ>SYR @3-8', verdict: 'wrong', reason: 'target is a place' }),
      '',
      JSON.stringify({ story: 'b', key: '010 USA>- @0-5', verdict: 'ok', reason: '' }),
    ].join('\n'), 'j.jsonl');
    const p = precisionOf(judged, ['a 190 IRQGOV>- @10-15', 'a 042 IRQ>SYR @3-8', 'c 111 RUS>- @1-2']);
    // b's judgment is of an event not drawn: it does not count.
    expect(p).toEqual({ drawn: 3, judged: 2, ok: 1, wrong: 1, unjudged: 1, precision: 0.5 });
    expect(precisionOf([], ['a 190 IRQGOV>- @10-15']).precision).toBeNull();
    // A later line for the same event replaces the earlier one.
    const again = parseJudgments(JSON.stringify({ story: 'a', key: '042 IRQ>SYR @3-8', verdict: 'ok', reason: 're-judged' }), 'k.jsonl');
    expect(precisionOf([...judged, ...again], ['a 042 IRQ>SYR @3-8']).ok).toBe(1);
  });

  it('refuses a judgment line that is not JSON or has no verdict, naming the line', () => {
    expect(() => parseJudgments('{"story":"a","key":"k","verdict":"ok"}\nnot json', 'j.jsonl')).toThrow(/not JSON/);
    try { parseJudgments('{"story":"a","key":"k","verdict":"maybe"}', 'j.jsonl'); } catch (e) { expect((e as { subject: unknown }).subject).toEqual({ input: 'j.jsonl', line: 1 }); }
    expect(() => parseJudgments('{"story":"a","key":"k","verdict":"maybe"}', 'j.jsonl')).toThrow(/verdict/);
  });

  it('shows the judge the story, its publication date, the event and a judgment line with its key', () => {
    for (const published of ['2024-12-30', null]) {
      const doc = extractText('Iraq condemned Syria on Monday for the border shelling.', published);
      const event = doc.events[0]!;
      const text = describeSampled({ story: 'w1', doc, event }, 0, 1);
      expect(text).toContain(`[1/1] story w1 (published ${published ?? 'unknown'}) ${event.id}`);
      expect(text).toContain(`event:    ${event.cameo.code}`);
      expect(text).toContain(JSON.stringify({ story: 'w1', key: eventKey(event), verdict: 'ok|wrong', reason: '' }));
    }
  });
});
