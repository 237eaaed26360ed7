import type { KnowledgeBase } from '../../kb/compile-kb.js';
import type { Candidate } from './candidate.js';
import type { WordUnits } from './word-units.js';

/**
 * Role phrases (data/kb/roles/*.yaml): "foreign minister", "officials", "warplanes", "former".
 * Longest phrase at each word; phrases do not overlap.
 */
export function findRoleMatches(u: WordUnits, kb: KnowledgeBase): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < u.keys.length; i++) {
    const k = u.keys[i];
    if (k == null || u.transparent[i] || u.functionWord[i]) continue;
    const m = kb.roles.matchAt(u.keys, i, u.transparent).at(-1);
    if (!m) continue;
    const [end, payloads] = m;
    const p = payloads.at(-1)!;
    out.push({ kind: 'role', tokStart: i, tokEnd: end, rule: `role:${p.kind}`, entries: [], country: null, sector: p.sector, roleKind: p.kind, title: p.phrase });
    i = end - 1;
  }
  return out;
}
