import { describe, expect, it } from 'vitest';
import { actorName, syntheticStore } from '../../bench/synthetic-store.js';
import { openStore } from '../open-store.js';
import { countEvents, findEvents } from './events.js';

describe('actor queries by index walk', () => {
  const db = openStore(syntheticStore(5000).path);
  // code "*" matches every code and forces the general query: both paths must agree.
  const general = { code: '*' };
  const cases = [
    { actor: actorName(0, 0) },
    { actor: actorName(3, 1) },
    { actor: 'C00' },
    { source: actorName(1, 0) },
    { target: actorName(0, 2), since: '2018-01-01', until: '2019-06-30' },
    { source: actorName(0, 0), target: actorName(1, 0) },
    { actor: actorName(2, 0), since: '2020-03-01', until: '2020-12-31' },
    { actor: 'nobody at all' },
    // codes and countries walk the events' own codes
    { actor: 'C00GOV' },
    { source: 'C01', since: '2019-01-01' },
    { source: 'C00', target: 'C01MIL' },
    { source: actorName(0, 0), target: 'C02' },
  ];
  it.each(cases)('gives the same events and count as the general query for %o', (filter) => {
    for (const page of [{ limit: 25 }, { limit: 10, offset: 7 }]) {
      expect(findEvents(db, filter, page).map((e) => e.id)).toEqual(findEvents(db, { ...filter, ...general }, page).map((e) => e.id));
    }
    expect(countEvents(db, filter)).toBe(countEvents(db, { ...filter, ...general }));
  });
});
