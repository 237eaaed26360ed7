import type { KbEntry } from '../../kb/kb-types.js';

/** How a candidate was proposed; the entities stage decides among overlapping candidates. */
export type CandidateKind = 'kb' | 'body' | 'name' | 'description' | 'role';

/** A proposed mention: token range [tokStart, tokEnd) and what it may refer to. */
export interface Candidate {
  kind: CandidateKind;
  tokStart: number;
  tokEnd: number;
  rule: string;
  /** kb, body: the entries it may be (several for ambiguous names such as Tripoli). */
  entries: KbEntry[];
  /** body, description, role: the country and sector the words give. */
  country: string | null;
  sector: string | null;
  /** role: person | group | body | modifier; description: person | group | body. */
  roleKind?: 'person' | 'group' | 'body' | 'modifier';
  /** The role phrase ("foreign minister") for descriptions and roles. */
  title?: string;
  /** Name that needs context to be taken (e.g. "Jordan"). */
  ambiguous?: boolean;
}
