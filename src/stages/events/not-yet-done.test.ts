// A negated present perfect is no act (not-yet-done.ts).
import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { handDocument, type HandActor } from '../../test-support/hand-layers.js';
import { extractEvents } from './events-stage.js';

const ctx = createContext();
const IRN: HandActor = { names: ['Iran', 'Iranian'], code: 'IRN' };
const FRA: HandActor = { names: ['France', 'French', 'Paris'], code: 'FRA' };

function events(text: string, actors: HandActor[], opts: Parameters<typeof handDocument>[3] = {}): ReadoutEvent[] {
  return extractEvents(handDocument(ctx, text, actors, { date: '2024-12-30', ...opts }), ctx);
}
const summary = (es: ReadoutEvent[]) => es.map((e) => `${e.cameo.code} ${e.source.actor}>${e.target?.actor ?? '-'}`);

describe('which events are reported: a negated present perfect', () => {
  it('does not report "has not agreed", nor an intent hanging on "has not lived up to"', () => {
    expect(summary(events('Iran has not agreed to the French proposal, but France said on Monday that talks would go on.', [IRN, FRA], { times: [{ text: 'Monday', value: '2024-12-23' }] })).filter((x) => x.startsWith('03'))).toEqual([]);
    expect(summary(events('France says Iran has not lived up to its commitment to meet French envoys.', [IRN, FRA])).filter((x) => x.startsWith('03'))).toEqual([]);
  });
  it('keeps a simple past refusal and an agreement', () => {
    expect(summary(events('Iran agreed to the French proposal.', [IRN, FRA])).filter((x) => x.startsWith('03'))).toHaveLength(1);
    expect(summary(events('Iran did not agree to the French proposal.', [IRN, FRA])).filter((x) => x.startsWith('03'))).toHaveLength(1);
  });
});
