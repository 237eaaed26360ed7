import { describe, expect, it } from 'vitest';
import type { Clause } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { clausesOf } from '../../test-support/clauses-of.js';

// Noun phrases (chunks.ts) as the clauses see them: an as-phrase put before the verb's object.
const ctx = createContext();

const clauses = (raw: string): Clause[] => clausesOf(ctx, raw);
const argsOf = (cs: Clause[], lemma: string) => cs.find((c) => c.kind === 'verb' && c.head.lemma === lemma)!.args.map((a) => `${a.prep ?? a.role}:${a.text}`);

describe('chunks: an as-phrase before the object', () => {
  it('ends before a determiner or a possessive name: that opens the object ("denounced as a crime Serbia\'s crackdown")', () => {
    expect(argsOf(clauses("Albania denounced as a crime Serbia's crackdown on the protesters."), 'denounce')).toContain("object:Serbia's crackdown");
    expect(argsOf(clauses('Kenya rejected as baseless the allegations made by Somalia.'), 'reject')).toEqual(['subject:Kenya', 'as:baseless', 'object:the allegations']);
  });

  it('leaves "as many as" and a plain as-phrase alone', () => {
    expect(argsOf(clauses('Kenya described the talks as a failure.'), 'describe')).toEqual(['subject:Kenya', 'object:the talks', 'as:a failure']);
    expect(argsOf(clauses('The army killed as many as 50 militants.'), 'kill')).not.toContain('as:many');
  });
});
