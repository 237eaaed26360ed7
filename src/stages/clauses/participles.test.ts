import { describe, expect, it } from 'vitest';
import type { Clause } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { clausesOf } from '../../test-support/clauses-of.js';

// A participle set off by commas after the sentence's first noun phrase ("Kenya, backed by the United States, attacked").
const ctx = createContext();

const clauses = (raw: string): Clause[] => clausesOf(ctx, raw);
const verb = (cs: Clause[], lemma: string) => cs.find((c) => c.kind === 'verb' && c.head.lemma === lemma)!;
const subject = (c: Clause) => c.args.find((a) => a.role === 'subject')?.text;

describe('clauses: a participle between commas after the subject', () => {
  it('reads it as a passive relative on the noun before, and that noun as the subject of the verb after', () => {
    const cs = clauses('Kenya, backed by the United States, attacked the rebel camp on Monday.');
    expect(verb(cs, 'back')).toMatchObject({ form: 'participle', voice: 'passive', link: 'relative' });
    expect(subject(verb(cs, 'back'))).toBe('Kenya');
    expect(verb(cs, 'back').args.find((a) => a.role === 'agent')?.text).toBe('the United States');
    expect(subject(verb(cs, 'attack'))).toBe('Kenya');
    expect(verb(cs, 'attack').parent).toBeNull();
  });

  it('without a by-phrase too ("The group, based in Nairobi, was sanctioned")', () => {
    const cs = clauses('The group, based in Nairobi, was sanctioned by the ministry last week.');
    expect(verb(cs, 'base')).toMatchObject({ form: 'participle', link: 'relative' });
    expect(subject(verb(cs, 'sanction'))).toBe('The group');
  });

  it('leaves a finite verb alone: after a list ("Kenya, Uganda and Tanzania signed"), or with no verb after the next comma', () => {
    expect(verb(clauses('Kenya, Uganda and Tanzania signed the deal, officials said.'), 'sign').form).toBe('finite');
    expect(verb(clauses('Kenya, meanwhile, signed the deal with Uganda on Monday.'), 'sign').form).toBe('finite');
  });
});
