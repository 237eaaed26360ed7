import type { Sentence, Token } from '../../document/schema.js';
import type { Day } from './calendar.js';
import type { Decided } from './time-candidate.js';
import type { Tense } from './tense.js';

/** What every refiner may read. */
export interface RefineContext {
  text: string;
  /** the publication day; null when the article has none (relative expressions then stay unresolved) */
  published: Day | null;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  tense(c: Decided): Tense;
}

/** A refiner sees every candidate at once and returns the list it keeps (chrono's model). */
export type Refiner = (list: Decided[], ctx: RefineContext) => Decided[];

export function decide(c: Decided, rule: string, d: Partial<Pick<Decided, 'value' | 'range' | 'resolution' | 'reason'>>): void {
  Object.assign(c, d);
  c.rules.push(rule);
}
