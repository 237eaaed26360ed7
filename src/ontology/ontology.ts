/** The compiled ontology: CAMEO codes, PLOVER types and modes, and the mapping between them. */
export interface CameoCode {
  code: string;
  root: string;
  label: string;
  goldstein: number;
  quadClass: number;
}

export interface PloverType {
  type: string;
  quadCategory: string;
  requiresRecipient: boolean;
  score: number;
  modes: string[];
}

export interface Ontology {
  cameo: Map<string, CameoCode>;
  plover: Map<string, PloverType>;
  /** CAMEO code -> PLOVER type and mode (null type: no PLOVER equivalent, e.g. root 01). */
  toPlover: Map<string, { type: string | null; mode: string | null }>;
}

/** The PLOVER type and mode of a CAMEO code: its own mapping, else its parent's (4 -> 3 -> 2 digits). */
export function ploverOf(ontology: Ontology, code: string): { type: string; mode: string | null } | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const m = ontology.toPlover.get(c);
    if (m) return m.type ? { type: m.type, mode: m.mode } : null;
  }
  return null;
}
