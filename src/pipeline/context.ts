import { loadNlp, type Nlp } from '../stages/segment/nlp.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.js';
import { loadCues, type QuoteCues } from '../stages/quotes/cues.js';
import { loadOntology } from '../ontology/load-ontology.js';
import type { Ontology } from '../ontology/ontology.js';
import { loadPatterns } from '../stages/events/patterns/load-patterns.js';
import type { PatternSet } from '../stages/events/patterns/pattern-schema.js';

/** What every stage may use: compiled knowledge and options, built once per process. */
export interface PipelineContext {
  nlp: Nlp;
  /** Actors and places (src/kb/): data/kb plus the user's `--kb` folders. */
  kb: KnowledgeBase;
  /** speech verbs, documents and channel phrases from data/quotes/cues.yaml */
  quoteCues: QuoteCues;
  /** CAMEO codes, PLOVER types and modes (data/ontology/). */
  ontology: Ontology;
  /** Event patterns and wrappers (data/patterns/ plus the user's `--patterns` folders). */
  patterns: PatternSet;
  /** The options it was made with (`knowledgeFingerprint` reads the same folders). */
  options: ContextOptions;
}

export interface ContextOptions {
  /** Users' knowledge-base folders (`--kb DIR`), loaded after data/kb; they win on equal ids. */
  kbDirs?: readonly string[];
  /** folders (or files) of the user's own event patterns. */
  patternDirs?: string[];
}

export function createContext(options: ContextOptions = {}): PipelineContext {
  const ontology = loadOntology();
  return {
    nlp: loadNlp(), kb: loadKnowledgeBase({ dirs: options.kbDirs ?? [] }), quoteCues: loadCues(),
    ontology, patterns: loadPatterns(ontology, options.patternDirs ?? []), options,
  };
}
