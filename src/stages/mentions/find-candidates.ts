import type { ReadoutDocument } from '../../document/schema.js';
import type { KnowledgeBase } from '../../kb/compile-kb.js';
import type { Candidate } from './candidate.js';
import { findKbMatches } from './kb-matches.js';
import { findNameRuns } from './name-runs.js';
import { findBodyMatches } from './pattern-matches.js';
import { findRoleMatches } from './role-matches.js';
import { buildWordUnits, type WordUnits } from './word-units.js';

export interface Candidates {
  units: WordUnits;
  kb: Candidate[];
  bodies: Candidate[];
  roles: Candidate[];
  names: Candidate[];
}

/**
 * All mention candidates of a document: knowledge-base names, government bodies from patterns,
 * role phrases, and capitalised runs not covered by any of them. They may overlap; the entities
 * stage chooses.
 */
export function findCandidates(doc: Readonly<ReadoutDocument>, kb: KnowledgeBase): Candidates {
  const units = buildWordUnits(doc);
  const kbm = findKbMatches(units, kb);
  const bodies = findBodyMatches(units, kb, kbm);
  const roles = findRoleMatches(units, kb);
  const blocked = new Array<boolean>(units.keys.length).fill(false);
  const block = (c: Candidate): void => { for (let i = c.tokStart; i < c.tokEnd; i++) blocked[i] = true; };
  // Single-word places do not block a longer name ("Hassan Sheikh Mohamud", "George Washington").
  const singlePlace = (c: Candidate): boolean => c.tokEnd - c.tokStart === 1 && c.entries.every((e) => e.kind === 'city' || e.kind === 'capital');
  kbm.filter((c) => !c.ambiguous && !singlePlace(c)).forEach(block);
  bodies.forEach(block);
  roles.filter((r) => !r.title || r.roleKind !== 'modifier').forEach((r) => {
    // A capitalised role word inside a capitalised run blocks it ("Foreign Minister Fuad Hussein").
    block(r);
  });
  const names = findNameRuns(units, blocked);
  return { units, kb: kbm, bodies, roles, names };
}
