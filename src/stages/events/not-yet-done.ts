import type { Clause } from '../../document/schema.js';
import type { Candidate } from './build-events.js';
import type { ScreenContext } from './screen-context.js';

/** A present perfect negated: "has not agreed", "haven't responded", "have never lived up to". */
const NOT_YET = /^(?:has|have)(?:n['’]t|\s+(?:not|never))\b/i;

/**
 * "Russia has not agreed to the ceasefire", "has not lived up to its commitment to ease violence": a negated present
 * perfect tells that no act has happened up to now, a state, whatever day its sentence names (the act itself, the
 * verb an event noun hangs on, or the clause an infinitive completes, up to three steps). A simple past ("did not
 * agree") stays: a refusal on a day.
 */
export function isNotYetDone(c: Candidate, s: ScreenContext): boolean {
  let v: Clause | undefined = c.clause.kind === 'noun' && c.clause.parent ? s.clauses.get(c.clause.parent) : c.clause;
  for (let n = 0; v && v.kind === 'verb' && n < 3; n++) {
    if (v.form === 'finite' && NOT_YET.test(s.doc.text.slice(v.group.start, v.group.end))) return true;
    // (a finite verb stops the climb unless coordinated: "to ease violence and engage in talks")
    if (!(v.link === 'coordinate' || (v.link === 'complement' && v.form !== 'finite')) || !v.parent) return false;
    v = s.clauses.get(v.parent);
  }
  return false;
}
