import { loadNlp, type Nlp } from '../stages/segment/nlp.js';
import { loadOntology } from '../ontology/load-ontology.js';
import type { Ontology } from '../ontology/ontology.js';
import { loadPatterns } from '../stages/events/patterns/load-patterns.js';
import type { PatternSet } from '../stages/events/patterns/pattern-schema.js';

/** What every stage may use: compiled knowledge and options, built once per process. */
export interface PipelineContext {
  nlp: Nlp;
  /** CAMEO codes, PLOVER types and modes (data/ontology/). */
  ontology: Ontology;
  /** Event patterns and wrappers (data/patterns/ plus the user's `--patterns` folders). */
  patterns: PatternSet;
}

export interface ContextOptions {
  /** folders (or files) of the user's own event patterns. */
  patternDirs?: string[];
}

export function createContext(options: ContextOptions = {}): PipelineContext {
  const ontology = loadOntology();
  return { nlp: loadNlp(), ontology, patterns: loadPatterns(ontology, options.patternDirs ?? []) };
}
