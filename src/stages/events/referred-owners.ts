import type { Clause, ClauseArg, ReadoutDocument, ReadoutEvent } from '../../document/schema.js';
import type { Candidate } from './build-events.js';
import { isActorModifier } from './patterns/match-clause.js';
import type { ActorResolver } from './resolve-actors.js';

/** "the vaccines", "these weapons": a definite noun phrase, up to three words before its head. */
const DEFINITE = /^(?:the|these|those)\s+(?:[\w.-]+\s+){0,3}([a-z]+)$/i;

/**
 * "The first batch of China's Sinovac vaccine arrived on March 29. Duterte personally welcomed the vaccines.": an
 * act with no target whose object is a definite back-reference to a thing named in the sentence just before is
 * aimed at that thing's coded owner there (its possessor, its country adjective, or its by/from-phrase), when the
 * owner is another actor than the source. Only one sentence back, as for acts referred to (`referredTargets`).
 */
export function referredOwners(kept: ReadonlyArray<readonly [Candidate, ReadoutEvent]>, doc: Pick<ReadoutDocument, 'sentences'>,
  sentenceClauses: ReadonlyMap<string, Clause[]>, resolver: ActorResolver): void {
  const sentenceIndex = new Map(doc.sentences.map((s, i) => [s.id, i]));
  for (const [c, e] of kept) {
    if (e.target !== null || !e.source.actor) continue;
    const object = c.clause.args.find((a) => a.role === 'object' && a.inherited === null);
    const head = object ? DEFINITE.exec(object.text.trim())?.[1]?.toLowerCase() : undefined;
    if (!head) continue;
    const before = doc.sentences[(sentenceIndex.get(e.sentence) ?? 0) - 1];
    if (!before) continue;
    const owner = ownerOf(head, sentenceClauses.get(before.id) ?? [], e.source.actor, resolver);
    if (owner) { e.target = owner; e.rule = `${e.rule}+owner`; }
  }
}

/** The coded owner of the first noun with head `head` among the clauses, other than `source`. */
function ownerOf(head: string, clauses: Clause[], source: string, resolver: ActorResolver): ReadoutEvent['target'] {
  for (const k of clauses) {
    if (k.kind !== 'noun' || !sameNoun(k.head.text.toLowerCase(), head)) continue;
    const owners = k.args.filter((a: ClauseArg) => a.role === 'possessor' || (a.role === 'modifier' && isActorModifier(a))
      || (a.role === 'prep' && (a.prep === 'by' || a.prep === 'from')));
    for (const a of owners) {
      for (const pt of a.parts) {
        const r = resolver.resolve(pt.start, pt.end, true);
        if (r.actor && r.actor !== source) return { entity: r.entity, actor: r.actor, text: r.text };
      }
    }
  }
  return null;
}

/** The same noun, singular or plural: "the vaccines" refers back to "vaccine", "the taxes" to "tax". */
const sameNoun = (a: string, b: string) => a === b || plural(a) === b || plural(b) === a;
const plural = (w: string) => (/(?:s|x|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
