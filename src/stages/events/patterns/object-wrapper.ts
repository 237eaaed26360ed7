import type { Clause } from '../../../document/schema.js';
import { headVariants, type ClauseIndex } from './match-clause.js';
import type { PatternSet, Wrapper } from './pattern-schema.js';

/**
 * "Canada requested talks with the U.S.", "Turkey sought talks with Greece", "Iran threatened sanctions": a
 * nominal event that is the own object of a wrapper verb is wrapped by it, as an infinitive is ("requested to
 * hold talks"). Not after light verbs, whose object is an act told ("offered condolences", "ordered the
 * evacuation"), nor after the lexicon's `notObjectWrappers` ("called the talks a success").
 */
export function objectWrapper(c: Clause, idx: ClauseIndex, set: PatternSet): { wrapper: Wrapper; carrier: Clause } | null {
  // (only a noun some event pattern is made of: "urged owners of food stalls to ..." wraps the infinitive, not "owners")
  if (c.kind !== 'noun' || !c.parent || !headVariants(c).some((k) => set.byNoun.has(k))) return null;
  const carrier = idx.byId.get(c.parent);
  if (!carrier || carrier.kind !== 'verb' || carrier.voice === 'passive') return null;
  if (!carrier.args.some((a) => a.role === 'object' && a.inherited === null && a.start <= c.head.start && a.end >= c.head.end)) return null;
  const heads = headVariants(carrier);
  if (heads.some((l) => set.lightVerbs.has(l) || set.notObjectWrappers.has(l))) return null;
  const wrapper = heads.map((k) => set.wrapperByVerb.get(k)).find((w) => w !== undefined);
  return wrapper ? { wrapper, carrier } : null;
}
