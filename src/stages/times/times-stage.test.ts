import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../test-support/extract-text.js';

const timesOf = (text: string, published: string | null = '2024-12-30') => extractText(text, published).times;
const one = (text: string, published: string | null = '2024-12-30') => {
  const times = timesOf(text, published);
  expect(times).toHaveLength(1);
  return times[0]!;
};

describe('times: news past bias (publication Monday 2024-12-30)', () => {
  it.each([
    ['The minister held a phone call on Monday.', 'Monday', '2024-12-30'],
    ['The rebels entered the city on Sunday.', 'Sunday', '2024-12-29'],
    ['A delegation visited Damascus on December 26.', 'December 26', '2024-12-26'],
    ['The war ended on December 31.', 'December 31', '2023-12-31'],
    ['Officials met last Monday.', 'last Monday', '2024-12-23'],
  ])('%s', (sentence, text, value) => {
    const t = one(sentence);
    expect(t.text).toBe(text);
    expect(t.value).toBe(value);
    expect(t.resolution).toBe('inferred');
  });

  it('looks forward in a future clause', () => {
    expect(one('The president will visit Cairo on Thursday.').value).toBe('2025-01-02');
    expect(one('She plans to travel to Cairo on January 5.').value).toBe('2025-01-05');
    expect(one('The envoy said he would return on Friday.').value).toBe('2025-01-03');
    // a verb after the comma that closes the time's clause is not its tense
    expect(one('The president plans to visit Cairo in March, citing security concerns.').value).toBe('2025-03');
    expect(one('On Thursday, the president visited Cairo.').value).toBe('2024-12-26');
    // ... nor one after "that"
    expect(one('The minister said during a visit to Cairo in early March that he would return.').value).toBe('2024-03');
  });

  it('reads the purpose of a past act at its time, a directive\'s act ahead', () => {
    expect(one('Russia used its veto to shut down the panel in April.').value).toBe('2024-04');
    expect(one('Washington urged Iran to free the sailors in April.').value).toBe('2025-04');
  });

  it('reads months without a year backwards, with a year explicitly', () => {
    expect(one('Talks collapsed in March.').value).toBe('2024-03');
    const t = one('He fled in December 2024.');
    expect([t.value, t.resolution]).toEqual(['2024-12', 'explicit']);
    expect(one('The war began in April 2023.').value).toBe('2023-04');
    expect(one('It was signed on May 4, 2019.').value).toBe('2019-05-04');
  });

  it('reads a year that modifies an occasion after a determiner or possessive, not a count', () => {
    const t = one('A trial opened over the 2004 bombing of a military base.');
    expect([t.text, t.value]).toEqual(['2004', '2004']);
    expect(one("The raid recalled the group's 2014 abduction of schoolgirls.").value).toBe('2014');
    expect(timesOf('The 2000 residents of the town fled.')).toEqual([]);
    expect(timesOf('Officials counted the 2000 ballots again.')).toEqual([]);
  });
});

describe('times: relative to publication', () => {
  it.each([
    ['Police arrested him yesterday.', '2024-12-29', null],
    ['Three days ago the army attacked.', '2024-12-27', null],
    ['Prices rose last month.', '2024-11', null],
    ['Talks began earlier this month.', '2024-12', { from: '2024-12-01', to: '2024-12-10' }],
    ['Elections will be held next year.', '2025', null],
    ['Violence grew in late 2024.', '2024', { from: '2024-09', to: '2024-12' }],
    ['The group has fought since 2006.', '2006', null],
  ])('%s', (sentence, value, range) => {
    const t = one(sentence);
    expect(t.value).toBe(value);
    expect(t.range).toEqual(range);
  });

  it('gives "last week" as a range', () => {
    const t = one('The army attacked last week.');
    expect([t.value, t.range, t.resolution]).toEqual([null, { from: '2024-12-23', to: '2024-12-29' }, 'relative']);
  });

  it('keeps an offset from an event unresolved, with the event as reason', () => {
    const t = one('Three months after the fall of Assad, the border reopened.');
    expect([t.value, t.resolution]).toEqual([null, 'unresolved']);
    expect(t.reason).toContain('the fall of Assad');
  });

  it('never counts from the clock without a publication date', () => {
    for (const s of ['Police arrested him yesterday.', 'He met the king on Monday.', 'Talks began earlier this month.', 'A delegation visited on December 26.']) {
      const t = one(s, null);
      expect([t.value, t.range, t.resolution]).toEqual([null, null, 'unresolved']);
      expect(t.reason).toMatch(/publication/);
    }
    expect(one('The war began in April 2023.', null).value).toBe('2023-04');
  });
});

describe('times: durations and noise', () => {
  it('a duration ending on a date gives a range', () => {
    const times = timesOf('An 11-day offensive by the rebels ended on December 8.');
    const d = times.find((t) => t.text === '11-day')!;
    expect([d.kind, d.value, d.range]).toEqual(['duration', null, { from: '2024-11-27', to: '2024-12-08' }]);
    expect(times.find((t) => t.text === 'December 8')!.value).toBe('2024-12-08');
  });

  it('a duration alone is not a date', () => {
    for (const s of ['It ended a five-decade-long rule.', 'This guarantees security for the next fifty years.']) {
      const t = one(s);
      expect([t.kind, t.value, t.range]).toEqual(['duration', null, null]);
    }
  });

  it('drops "now", times of day and ages', () => {
    expect(timesOf('Now the fighting is over and the night was quiet.')).toEqual([]);
    expect(timesOf('A 19-year-old was detained.')).toEqual([]);
    expect(timesOf('The UN may send observers.')).toEqual([]);
  });
});

const SEED = '../shared/examples/seed-article.txt';
describe('times: the seed article (published 2024-12-30)', () => {
  it.skipIf(!existsSync(SEED))('reads every date as a reader does', () => {
    const times = timesOf(readFileSync(SEED, 'utf8'));
    const byText = (s: string) => times.find((t) => t.text === s);
    expect(byText('Monday')!.value).toBe('2024-12-30');
    expect(byText('December 8')!.value).toBe('2024-12-08');
    expect(byText('11-day')!.range).toEqual({ from: '2024-11-27', to: '2024-12-08' });
    expect(byText('December 26')!.value).toBe('2024-12-26');
    expect(byText('Sunday')!.value).toBe('2024-12-29');
    expect(byText('five-decade-long')!.kind).toBe('duration');
    expect(times.filter((t) => /fifty years/.test(t.text)).every((t) => t.kind === 'duration' && t.value === null)).toBe(true);
    expect(times.filter((t) => t.kind === 'date').map((t) => t.value)).toEqual(['2024-12-30', '2024-12-08', '2024-12-26', '2024-12-29']);
  });
});
