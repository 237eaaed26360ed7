import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/context.js';
import { eventSummary, handEvents } from '../../test-support/hand-events.js';
import type { HandActor } from '../../test-support/hand-layers.js';

// The screens on who acts (actor-screens.ts): commentators the knowledge base cannot code, and outlets.
const ctx = createContext();
const IRN: HandActor = { names: ['Iran', 'Iranian'], code: 'IRN' };
const FRA: HandActor = { names: ['France', 'French', 'Paris'], code: 'FRA' };
const events = (text: string, actors: HandActor[], opts: Parameters<typeof handEvents>[3] = {}) => handEvents(ctx, text, actors, opts);

describe('which events are reported: commentary', () => {
  const analyst: HandActor = { names: ['John Smith'], code: '', type: 'PERSON' };
  const minister: HandActor = { names: ['Ali Rezaei'], code: 'IRNGOV', type: 'PERSON' };

  it('does not report an act told only in the words of a person the knowledge base cannot code', () => {
    const text = '"France will expel the Iranian diplomats," said John Smith, a researcher.';
    expect(eventSummary(events(text, [analyst, IRN, FRA], { quotes: [{ text: 'France will expel the Iranian diplomats,', speaker: 0 }] }))).toEqual([]);
  });

  it('keeps the act when the speaker is coded', () => {
    const text = '"France will expel the Iranian diplomats," said Ali Rezaei.';
    expect(eventSummary(events(text, [minister, IRN, FRA], { quotes: [{ text: 'France will expel the Iranian diplomats,', speaker: 0 }] })).map((x) => x.slice(4))).toEqual(['FRA>IRN']);
  });
});

describe('which events are reported: outlets', () => {
  it('does not report a demand aimed at the outlet an official spoke to', () => {
    const voa: HandActor = { names: ['VOA'], code: 'USAMED' };
    const state: HandActor = { names: ['State Department'], code: 'USAGOV' };
    const un: HandActor = { names: ['U.N.'], code: 'IGOUNO' };
    expect(eventSummary(events('A State Department spokesperson told VOA on Monday the U.N. must maintain sanctions on Iran.', [state, voa, un, IRN])).filter((x) => x.includes('>USAMED'))).toEqual([]);
  });
});
