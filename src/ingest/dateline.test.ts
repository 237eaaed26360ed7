import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';

describe('findDateline', () => {
  it.each([
    ['ERBIL, Kurdistan Region of Iraq — Iraqi Foreign Minister Fuad Hussein said', 'ERBIL, Kurdistan Region of Iraq', null],
    ['BAGHDAD (Reuters) - Iraq said on Monday', 'BAGHDAD', 'Reuters'],
    ['Damascus, Syria: The new government said', 'Damascus, Syria', null],
    ['KYIV, Ukraine (AP) — Russian drones struck', 'KYIV, Ukraine', 'AP'],
    ['BAGHDAD, Dec 30 (Reuters) - Iraq said', 'BAGHDAD', 'Reuters'],
    ['WASHINGTON — The State Department said', 'WASHINGTON', null],
    ['Kyiv — Ukraine said', 'Kyiv', null],
  ])('finds the place in %j', (text, place, agency) => {
    const m = findDateline(text);
    expect(m?.dateline.text).toBe(place);
    expect(m?.dateline.agency).toBe(agency);
    expect(text.slice(m!.dateline.start, m!.dateline.end)).toBe(place);
    expect(text.slice(m!.dateline.bodyStart, m!.dateline.bodyStart + 3)).toMatch(/^\S/);
  });

  it.each([
    'Iraqi Foreign Minister Fuad Hussein on Monday held a phone call with his counterpart.',
    'The minister said: we will return.',
    'Hussein said: "We will return."',
    'Talks between the two sides — the first in years — ended.',
    'An 11-day sweeping rebel offensive brought the rule to an end.',
  ])('finds none in %j', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});
