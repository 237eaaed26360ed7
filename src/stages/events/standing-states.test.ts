import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { handDocument, type HandActor } from '../../test-support/hand-layers.js';
import { extractEvents } from './events-stage.js';

// Standing positions and states (isBackground in screen-events.ts): a position held, a present perfect held
// since long ago, an act under way or done for years is no new act; relative clauses describe their noun.
const ctx = createContext();
const IRN: HandActor = { names: ['Iran', 'Iranian'], code: 'IRN' };
const FRA: HandActor = { names: ['France', 'French', 'Paris'], code: 'FRA' };
const TUR: HandActor = { names: ['Turkey', 'Turkish'], code: 'TUR' };

function events(text: string, actors: HandActor[], opts: Parameters<typeof handDocument>[3] = {}): ReadoutEvent[] {
  const doc = handDocument(ctx, text, actors, { date: '2024-12-30', ...opts });
  return extractEvents(doc, ctx);
}
const summary = (es: ReadoutEvent[]) => es.map((e) => `${e.cameo.code} ${e.source.actor}>${e.target?.actor ?? '-'}`);

describe('which events are reported: relative clauses, standing positions and spans', () => {
  it('does not report a relative clause the clauses stage did not link as one ("an envoy who had met", "charges which X has rejected")', () => {
    const smith: HandActor = { names: ['John Smith'], code: '', type: 'PERSON' };
    expect(summary(events('John Smith, a French envoy who had negotiated with Iran, said the talks were over.', [smith, IRN, FRA])).filter((x) => x.startsWith('04'))).toEqual([]);
    expect(summary(events('The court heard charges which Iran has rejected.', [IRN])).filter((x) => x.startsWith('12'))).toEqual([]);
    // the reported act itself is told
    expect(summary(events('France said it had met Iranian officials.', [IRN, FRA])).filter((x) => x.startsWith('04'))).not.toEqual([]);
  });

  it('does not report a relative clause opened by "that" after a noun ("the island that Iran considers its own")', () => {
    expect(summary(events('French ships sailed past the island that Iran considers its own territory.', [IRN, FRA])).filter((x) => x.startsWith('01'))).toEqual([]);
    expect(summary(events('The envoy read out the terms that Iran has rejected.', [IRN])).filter((x) => x.startsWith('12'))).toEqual([]);
    // "that" after a verb, after the one told, or after a content noun opens what is said: still told
    expect(summary(events('France said that Iran is considering new measures.', [IRN, FRA])).filter((x) => x.startsWith('01'))).toHaveLength(1);
    expect(summary(events('France told reporters that Iran is considering new measures.', [IRN, FRA])).filter((x) => x.startsWith('01'))).toHaveLength(1);
  });

  it('does not report an act coordinated with a standing simple present ("cites old maps and has rejected the ruling")', () => {
    expect(summary(events('Iran cites old treaties and has rejected the French proposal.', [IRN, FRA])).filter((x) => x.startsWith('12'))).toEqual([]);
    // "says" tells today's news: the act beside it is told
    expect(summary(events('Iran has rejected the French proposal and says it will talk.', [IRN, FRA])).filter((x) => x.startsWith('12'))).toHaveLength(1);
  });

  it('does not report a gerund hanging on an act under way ("has been fighting ..., accusing the government")', () => {
    expect(summary(events('Iran has been fighting an insurgency, accusing France of arming the rebels.', [IRN, FRA])).filter((x) => x.startsWith('11'))).toEqual([]);
    expect(summary(events('Iran fought the rebels on Monday, accusing France of arming them.', [IRN, FRA], { times: [{ text: 'Monday', value: '2024-12-23' }] })).filter((x) => x.startsWith('11'))).toHaveLength(1);
  });

  it('does not report a wrapped act whose wrapper noun is background ("dismissed concerns about X\'s threat to impose tariffs")', () => {
    expect(summary(events('France dismissed concerns about the Iranian threat to expel French diplomats.', [IRN, FRA])).filter((x) => x.startsWith('13'))).toEqual([]);
    expect(summary(events('France condemned the Iranian threat to expel French diplomats.', [IRN, FRA])).filter((x) => x.startsWith('13'))).toHaveLength(1);
  });

  it('does not report a present perfect over a span since a time ("Since last August, X has claimed")', () => {
    const since = events('Since last August, Iran has accused France of spying.', [IRN, FRA], { times: [{ text: 'August', value: '2024-08' }] });
    expect(summary(since)).toEqual([]);
    expect(summary(events('Iran has accused France of spying.', [IRN, FRA]))).toEqual(['112 IRN>FRA']);
  });
});
describe('which events are reported: standing positions', () => {
  it('does not report a main clause in the simple present (a position held), nor what is done repeatedly or for years', () => {
    expect(summary(events('France and Iran reject the claims about the deal.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('France rejected the Iranian claims on Monday.', [IRN, FRA]))).toEqual(['120 FRA>IRN']);
    expect(summary(events('France has repeatedly criticized Iran.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('France has criticized Iran for years.', [IRN, FRA]))).toEqual([]);
  });

  it('does not report a progressive with an adverb of an act kept up ("are closely cooperating")', () => {
    expect(summary(events('France and Iran are closely cooperating in the region.', [IRN, FRA])).filter((x) => x.startsWith('06'))).toEqual([]);
    // the same progressive without it is told
    expect(summary(events('France and Iran are cooperating in the region.', [IRN, FRA])).filter((x) => x.startsWith('06'))).not.toEqual([]);
  });

  it('reads a habitual adverb right after the object as one in the verb group ("has criticized Iran repeatedly")', () => {
    expect(summary(events('France has criticized Iran repeatedly.', [IRN, FRA]))).toEqual([]);
    // the same act with no habit is told
    expect(summary(events('France has criticized Iran.', [IRN, FRA]))).toEqual(['111 FRA>IRN']);
  });

  it('reads a span of years on an act to come as how long it will last, not as a habit', () => {
    expect(summary(events('France plans to impose restrictions on Iranian imports for two years.', [IRN, FRA])).map((x) => x.slice(0, 2))).toEqual(['13']);
    expect(summary(events('France will impose sanctions on Iran for two years.', [IRN, FRA])).length).toBeGreaterThan(0);
  });

  it('keeps the simple present in quotes and in what is reported, and a past spelt like the present', () => {
    expect(summary(events('France said it rejects the Iranian claims.', [IRN, FRA]))).toEqual(['120 FRA>IRN']);
    expect(summary(events('Turkey hit Iran with new tariffs.', [IRN, TUR])).length).toBeGreaterThan(0);
  });
});
describe('which events are reported: a present perfect held since a time long ago', () => {
  const march2012 = { times: [{ text: 'March 2012', value: '2012-03' }] };
  it('does not report "Iran, which cut ties in March 2012, has imposed rules, barring French ships" as a new act', () => {
    const text = 'Iran, which cut ties with France in March 2012, has imposed strict rules, barring French ships from its ports.';
    expect(summary(events(text, [IRN, FRA], march2012)).filter((x) => x.startsWith('17'))).toEqual([]);
  });
  it('keeps the same act with no old time in its sentence, and a simple past beside an old time', () => {
    expect(summary(events('Iran has imposed strict rules, barring French ships from its ports.', [IRN, FRA])).filter((x) => x.startsWith('17'))).toHaveLength(1);
    expect(summary(events('Iran, which cut ties with France in March 2012, barred French ships from its ports.', [IRN, FRA], march2012)).filter((x) => x.startsWith('17'))).toHaveLength(1);
  });
});

describe('which events are reported: an adverbial clause on a habit', () => {
  it('does not report "regularly escape to Turkey when attacked by French forces" as an act', () => {
    expect(summary(events('The Iranian rebels regularly escape to Turkey when attacked by French forces.', [IRN, FRA, TUR])).filter((x) => x.startsWith('19'))).toEqual([]);
  });
  it('keeps the same clause on a single act', () => {
    expect(summary(events('The Iranian rebels escaped to Turkey when attacked by French forces.', [IRN, FRA, TUR])).filter((x) => x.startsWith('19'))).toHaveLength(1);
  });
});

describe('which events are reported: a plain present misread as coordinated with a complement', () => {
  it('does not report "have rejected claims that the vote is unfair and maintain that ..." as a new act', () => {
    expect(summary(events('Iranian officials have rejected French claims that the vote is unfair and maintain that the count is sound.', [IRN, FRA])).filter((x) => x.startsWith('12'))).toEqual([]);
  });
  it('keeps "have rejected French claims that the vote is unfair"', () => {
    expect(summary(events('Iranian officials have rejected French claims that the vote is unfair.', [IRN, FRA])).filter((x) => x.startsWith('12'))).toHaveLength(1);
  });
});
