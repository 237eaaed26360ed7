import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { handDocument, type HandActor } from '../../test-support/hand-layers.js';
import { extractEvents } from './events-stage.js';

const ctx = createContext();
const PRK: HandActor = { names: ['North Korea'], code: 'PRK' };
const KOR: HandActor = { names: ['South Korea'], code: 'KOR' };
const TUR: HandActor = { names: ['Turkey', 'Ankara'], code: 'TUR' };
const USA: HandActor = { names: ['United States', 'U.S.'], code: 'USA' };
const FRA: HandActor = { names: ['France', 'French'], code: 'FRA' };
const IRN: HandActor = { names: ['Iran', 'Iranian'], code: 'IRN' };

function events(text: string, actors: HandActor[], times: Array<{ text: string; value: string }> = []): string[] {
  const doc = handDocument(ctx, text, actors, { date: '2024-12-30', times });
  return extractEvents(doc, ctx).map((e: ReadoutEvent) => `${e.cameo.code} ${e.source.actor}>${e.target?.actor ?? '-'}`);
}
const roots = (es: string[], root: string) => es.filter((x) => x.startsWith(root));

describe('events told as history', () => {
  it('does not report an act whose sentence continues a narrative anchored long before publication', () => {
    const old = events('In 1950, the minister said the peninsula was outside the perimeter. Several months later, North Korea invaded South Korea.', [PRK, KOR], [{ text: '1950', value: '1950' }]);
    expect(roots(old, '19')).toEqual([]);
    // through an undated sentence in between ("And what happened?"), and with "Then"
    expect(roots(events('In 1950, the minister spoke. And what happened? Then North Korea attacked South Korea.', [PRK, KOR], [{ text: '1950', value: '1950' }]), '19')).toEqual([]);
  });

  it('keeps the same narrative when its anchor is recent, and an act that does not point back', () => {
    expect(roots(events('On Monday, the minister spoke. Several hours later, North Korea attacked South Korea.', [PRK, KOR], [{ text: 'Monday', value: '2024-12-23' }]), '19')).toEqual(['190 PRK>KOR']);
    expect(roots(events('In 1950, the minister spoke. North Korea attacked South Korea.', [PRK, KOR], [{ text: '1950', value: '1950' }]), '19')).toEqual(['190 PRK>KOR']);
    // "There were reports that ..." is no pointer back ("There, ..." is)
    expect(roots(events('In 1950, the minister spoke. There were reports that North Korea attacked South Korea.', [PRK, KOR], [{ text: '1950', value: '1950' }]), '19')).toHaveLength(1);
    expect(roots(events('In 1950, the minister spoke. There, North Korea attacked South Korea.', [PRK, KOR], [{ text: '1950', value: '1950' }]), '19')).toEqual([]);
  });

  it('does not report an act in an object relative between commas, even with a day of the main clause ("the deal, which X pulled out of, ... Monday")', () => {
    const t = [{ text: 'Monday', value: '2024-12-23' }];
    expect(roots(events('France and the United States, parties to the accord, which Iran pulled out of, met on Monday.', [FRA, USA, IRN], t), '08')).toEqual([]);
    expect(roots(events('The French convoy, which Iran attacked, reached the border on Monday.', [FRA, IRN], t), '19')).toEqual([]);
    // an act told in the main clause keeps that day
    expect(roots(events('Iran attacked the French convoy on Monday.', [FRA, IRN], t), '19')).toEqual(['190 IRN>FRA']);
  });

  it('does not report an act told in an undated past ("In past tensions,")', () => {
    expect(roots(events('In past tensions, Turkey has threatened to expel U.S. troops.', [TUR, USA]), '13')).toEqual([]);
    expect(roots(events('In the past, Turkey has threatened to expel U.S. troops.', [TUR, USA]), '13')).toEqual([]);
    expect(roots(events('Turkey has threatened to expel U.S. troops.', [TUR, USA]), '13')).toHaveLength(1);
    // "in the past week" is recent
    expect(roots(events('In the past week, Turkey has threatened to expel U.S. troops.', [TUR, USA]), '13')).toHaveLength(1);
  });

  it('does not report acts spread over years ("in the last few years imposed")', () => {
    expect(roots(events('Turkey in the last few years imposed strict controls on U.S. troops.', [TUR, USA]), '17')).toEqual([]);
    expect(roots(events('Turkey has expelled U.S. troops in recent years.', [TUR, USA]), '16')).toEqual([]);
    expect(roots(events('Turkey imposed strict controls on U.S. troops.', [TUR, USA]), '17')).toHaveLength(1);
    expect(roots(events('Turkey expelled U.S. troops.', [TUR, USA]), '16')).toHaveLength(1);
  });

  it('does not report what a relative clause between commas says its noun once did, unless it has a day', () => {
    expect(roots(events('The French envoy, who expelled Iranian diplomats, said talks would go on.', [FRA, IRN]), '16')).toEqual([]);
    expect(roots(events('The French envoy, who expelled Iranian diplomats on Monday, said talks would go on.', [FRA, IRN], [{ text: 'Monday', value: '2024-12-23' }]), '16')).toHaveLength(1);
    expect(roots(events('The French envoy expelled Iranian diplomats.', [FRA, IRN]), '16')).toHaveLength(1);
  });
});

describe('events told in a relative clause dated long before publication', () => {
  it('does not report "the faction that attacked South Korea in March 2012" as an act', () => {
    const t = [{ text: 'March 2012', value: '2012-03' }];
    expect(roots(events('The North Korea faction that attacked South Korea in March 2012 now runs the ministry.', [PRK, KOR], t), '19')).toEqual([]);
    expect(roots(events('Kim, who attacked South Korea in March 2012, now runs the ministry.', [PRK, KOR], t), '19')).toEqual([]);
  });
  it('keeps a recent act told in a relative clause, and an old act told as such', () => {
    expect(roots(events('The North Korea faction that attacked South Korea on Monday now runs the ministry.', [PRK, KOR], [{ text: 'Monday', value: '2024-12-23' }]), '19')).toHaveLength(1);
    expect(roots(events('North Korea attacked South Korea in March 2012.', [PRK, KOR], [{ text: 'March 2012', value: '2012-03' }]), '19')).toHaveLength(1);
  });
});

describe('events continuing a sentence told as history', () => {
  const t = [{ text: 'March 2012', value: '2012-03' }];
  it('does not report a simple past right after a pointer back to an old date that shares an actor', () => {
    expect(roots(events('The talks failed in March 2012. There, North Korea asked South Korea for aid. South Korea rejected the request.', [PRK, KOR], t), '12')).toEqual([]);
  });
  it('keeps it when the sentence before is not history, or shares no actor', () => {
    expect(roots(events('The talks failed on Monday. There, North Korea asked South Korea for aid. South Korea rejected the request.', [PRK, KOR], [{ text: 'Monday', value: '2024-12-23' }]), '12')).toHaveLength(1);
    expect(roots(events('The talks failed in March 2012. There, the envoys spoke. South Korea rejected the North Korea plan.', [PRK, KOR], t), '12')).toHaveLength(1);
  });
});
