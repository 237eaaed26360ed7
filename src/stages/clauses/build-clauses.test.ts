// Links between a noun and what follows it across a time word ("a meeting Wednesday of", "its demand today that").
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { clausesOf } from '../../test-support/clauses-of.js';

const ctx = createContext();

const clauses = (raw: string): Clause[] => clausesOf(ctx, raw);
const find = (cs: Clause[], kind: Clause['kind'], lemma: string) => cs.find((c) => c.kind === kind && c.head.lemma === lemma)!;

describe('clauses: a time word between a noun and its phrase or content', () => {
  it('gives a noun its of-phrase past a bare time word ("sought a session Monday of the assembly")', () => {
    const cs = clauses('Chile sought an urgent session Monday of the regional assembly.');
    expect(find(cs, 'noun', 'session').args.find((a) => a.prep === 'of')?.text).toBe('the regional assembly');
  });

  it('leaves a claim\'s that-clause reported by the verb of saying ("reiterated the claim that Peru attacked")', () => {
    const cs = clauses('Chile reiterated the claim that Peru attacked its fishing fleet.');
    expect(find(cs, 'verb', 'attack').link).toBe('reported');
  });

  it('links a that-clause to the noun before it past a time word, not to the verb of saying ("repeated its call today that Peru withdraw")', () => {
    for (const text of ['Chile repeated its call today that Peru withdraw its navy from the bay.', 'Chile repeated its call that Peru withdraw its navy from the bay.']) {
      const cs = clauses(text);
      const free = find(cs, 'verb', 'withdraw');
      expect(free.link).toBe('complement');
      expect(free.parent).toBe(find(cs, 'verb', 'repeat').id);
    }
  });
});

describe('clauses: a lone number after a verb', () => {
  it('reads a number right after a verb as its object ("arresting 12"), and a year as a time ("in 2019")', () => {
    const cs = clauses('Chilean police raided a village on Monday, killing one and arresting 12.');
    expect(cs.find((c) => c.head.text === 'arresting')!.args.find((a) => a.role === 'object')?.text).toBe('12');
    expect(find(clauses('Chile expelled 2019 protesters.'), 'verb', 'expel').args.find((a) => a.role === 'object')?.text).toBe('2019 protesters');
  });
});
