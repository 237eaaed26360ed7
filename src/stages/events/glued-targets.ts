import type { Clause, ClauseArg } from '../../document/schema.js';
import { isCoded } from './event-roles.js';
import type { ClauseIndex } from './patterns/match-clause.js';
import type { ActorResolver } from './resolve-actors.js';

// Targets told by an -ing form glued to an event noun's phrase (event-roles.ts has the -ing form glued to a thing, `gluedObject`).

/**
 * "allegations by the army spokesman linking the attack with Afghanistan", "charges tying Iran to the plot": an accusation
 * noun with an -ing form glued to its phrase (no comma) is aimed at that form's coded object, else its coded with/to-phrase.
 */
export function nounGluedTarget(c: Clause, idx: ClauseIndex, resolver: ActorResolver): ClauseArg | undefined {
  const parent = c.kind === 'noun' && c.parent ? idx.byId.get(c.parent) : undefined;
  if (!parent) return undefined;
  const end = Math.max(c.head.end, ...c.args.filter((x) => x.inherited === null && x.start >= c.head.start).map((x) => x.end));
  const k = (idx.children.get(parent.id) ?? []).find((x) => x.kind === 'verb' && x.form === 'gerund' && x.group.start > end && x.group.start - end <= 1 && /^\s?$/.test(resolver.textOf(end, x.group.start)));
  const coded = (x: ClauseArg) => isCoded(x, resolver);
  return k?.args.find((x) => x.role === 'object' && x.inherited === null && coded(x))
    ?? k?.args.find((x) => x.role === 'prep' && (x.prep === 'with' || x.prep === 'to') && x.inherited === null && coded(x));
}
