import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/context.js';
import { eventSummary as summary, handEvents } from '../../test-support/hand-events.js';
import type { HandActor } from '../../test-support/hand-layers.js';

// Interview transcripts (interview-turns.ts): an act told in an answer with no day of its own is not dated to publication.
const ctx = createContext();
const IRQ: HandActor = { names: ['Iraq', 'Iraqi'], code: 'IRQ' };
const SYR: HandActor = { names: ['Syria', 'Syrian'], code: 'SYR' };
const TRANSCRIPT = 'Jones, a former envoy, spoke to VOA. VOA: What worries you most in the region? Jones: The Syrian attack on Iraq, clearly. VOA: Will the talks resume? '
  + 'Jones: I hope so. ';

describe('events: interview answers', () => {
  it('does not report an act named in an answer of a transcript', () => {
    expect(summary(handEvents(ctx, TRANSCRIPT, [IRQ, SYR])).filter((x) => x.startsWith('19'))).toEqual([]);
  });
  it('keeps the same act outside a transcript, and in an answer with a day of its own', () => {
    expect(summary(handEvents(ctx, 'Officials named the Syrian attack on Iraq.', [IRQ, SYR])).filter((x) => x.startsWith('19'))).toHaveLength(1);
    const dated = TRANSCRIPT.replace('clearly', 'on Monday');
    expect(summary(handEvents(ctx, dated, [IRQ, SYR], { times: [{ text: 'on Monday', value: '2024-12-23' }] })).filter((x) => x.startsWith('19'))).toHaveLength(1);
  });
});
