import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { loadWinkModel } from './wink-model.js';
import { posTransformer, sbdTransformer, type WinkCache } from './wink-hints.js';

const require = createRequire(import.meta.url);
type Transformer = (t: number, cache: WinkCache, raw: ArrayLike<number>, i: number) => number;
const packageSbd = (require('wink-eng-lite-web-model/dist/sbd-transformers.js') as Transformer[])[0]!;
const packagePos = (require('wink-eng-lite-web-model/dist/pos-transformers.js') as Transformer[])[0]!;

const TEXTS = [
  'Gov. Smith met U.S. and U.N. officials in Washington, D.C. on Jan. 5. "We agreed," he said. \'Yes\' was the answer.',
  'Mr. al-Shibani, Syria\'s foreign minister, said: "It won\'t happen." The talks ended at 5 p.m. Dr. Qwertzuiop arrived.',
  'Zxqvbnm and Plorfindel (new words) visited St. Louis, Mo., e.g. on Sept. 11th; they\'d left. "Why?" asked Lt. Gen. Doe.',
];

/** The model with a transformer that asks both the package's function and ours for every token and records both answers. */
function comparingNlp(): { nlp: ReturnType<typeof winkNLP>; pairs: Array<[number, number]> } {
  const pairs: Array<[number, number]> = [];
  const model = loadWinkModel();
  const both = (load: () => unknown, theirs: Transformer, ours: Transformer) => () => {
    const automata = load() as { transformers: unknown[] };
    const t: Transformer = (x, cache, raw, i) => {
      const a = theirs(x, cache, raw, i);
      pairs.push([a, ours(x, cache, raw, i)]);
      return a;
    };
    return { ...automata, transformers: automata.transformers.map(() => t) };
  };
  model.sbd = both(model.sbd, packageSbd, sbdTransformer());
  model.pos = both(model.pos, packagePos, posTransformer());
  return { nlp: winkNLP(model as never, ['sbd', 'pos']), pairs };
}

describe('wink hints', () => {
  it('give the package\'s answer for every token of the sentence and tagging automata, words seen again included', () => {
    const { nlp, pairs } = comparingNlp();
    for (const text of [...TEXTS, ...TEXTS]) nlp.readDoc(text);
    expect(pairs.length).toBeGreaterThan(200);
    expect(pairs.filter(([a, b]) => a !== b)).toEqual([]);
    // the hints matter: some tokens are mapped to hint states, others pass through
    expect(pairs.some(([a]) => a >= 1_080_000)).toBe(true);
    expect(pairs.some(([a]) => a < 1_080_000)).toBe(true);
  });

  it('leave sentences, tags and lemmas as the package\'s own model gives them', () => {
    const ours = winkNLP(loadWinkModel() as never, ['sbd', 'pos']);
    const theirs = winkNLP(require('wink-eng-lite-web-model') as never, ['sbd', 'pos']);
    const read = (nlp: typeof ours, text: string) => {
      const doc = nlp.readDoc(text);
      return [doc.sentences().out(), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.lemma)];
    };
    for (const text of TEXTS) expect(read(ours, text)).toEqual(read(theirs, text));
  });
});
