import type { ClauseArg } from '../../document/schema.js';
import type { PatternSet } from './patterns/pattern-schema.js';
import type { ActorRef, ActorResolver } from './resolve-actors.js';

/**
 * A country's own people as event targets: the nouns that name them (lexicon `homeNouns`: "the population",
 * "civilians", "its military") and their code, the country with the sector of their role (data/kb/roles).
 */

/** The argument is headed by a home noun (lexicon `homeNouns`): its head, or its last word when the tagger missed the head ("its military"). */
export function namesHomePeople(a: ClauseArg, set: PatternSet): boolean {
  const head = a.head.toLowerCase();
  if (set.homeNouns.has(head)) return true;
  if (!/^(?:its|their|his|her|the)$/.test(head)) return false;
  const last = a.text.trim().split(/\s+/).at(-1)!.toLowerCase();
  return set.homeNouns.has(last) || set.homeNouns.has(last.replace(/ies$/, 'y').replace(/s$/, ''));
}

/**
 * People of a country: the country and the sector of their role, read from the last words back ("civilians" ->
 * CAFCVL, "protesters in Nairobi" -> KENOPP), stopping at a home noun that gives none ("public schools": no sector).
 */
export function homeTarget(country: string, text: string, resolver: ActorResolver, homeNouns?: ReadonlySet<string>): ActorRef {
  let sector: string | null = null;
  for (const w of text.trim().split(/\s+/).slice(-4).reverse()) {
    if ((sector = resolver.roleSector(w))) break;
    // "all public schools": a home noun with no sector of its own is the head; the words before it only describe it
    if (homeNouns?.has(w.toLowerCase().replace(/s$/, ''))) break;
  }
  return { entity: null, actor: `${country}${sector ?? ''}`, country, text };
}
