import type { Clause } from '../../../document/schema.js';
import type { PatternSet } from './pattern-schema.js';

/** A word is an actor noun of the lexicon, in the singular or plural ("official", "officials", "militias", "spokesmen"). */
export function namesActorNoun(word: string, nouns: Set<string>): boolean {
  const lower = word.toLowerCase();
  return nouns.has(lower) || nouns.has(lower.replace(/(ies)$/, 'y').replace(/s$/, '')) || nouns.has(lower.replace(/men$/, 'man'));
}

/**
 * The pattern key `thing-object`: "called the EU move "disappointing"", "called the decision unfair".
 * An object whose last word is a common noun that names no actor (a move, a decision, more time) is a
 * thing, so the verb names it or asks for it; it does not phone or urge it. Proper names, pronouns and
 * the lexicon's actor nouns (president, council, protesters) are not things.
 */
export function hasThingObject(c: Clause, set: PatternSet): boolean {
  const obj = c.args.find((a) => a.role === 'object' && a.inherited === null);
  if (!obj) return false;
  const last = obj.text.trim().split(/\s+/).at(-1) ?? '';
  if (!/^[a-z]/.test(last) || NOT_THINGS.has(last)) return false;
  return !namesActorNoun(last, set.actorNouns) && !namesActorNoun(obj.head, set.actorNouns);
}

/** Pronouns and words that stand for people already named ("called his counterpart", "urged them"). */
const NOT_THINGS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves', 'itself', 'other', 'others', 'one', 'both', 'all', 'counterpart', 'counterparts']);
