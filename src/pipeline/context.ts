import { loadNlp, type Nlp } from '../stages/segment/nlp.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.js';
import { loadCues, type QuoteCues } from '../stages/quotes/cues.js';

/** What every stage may use: compiled knowledge and options, built once per process. */
export interface PipelineContext {
  nlp: Nlp;
  /** Actors and places (src/kb/): data/kb plus the user's `--kb` folders. */
  kb: KnowledgeBase;
  /** speech verbs, documents and channel phrases from data/quotes/cues.yaml */
  quoteCues: QuoteCues;
}

export interface ContextOptions {
  /** Users' knowledge-base folders (`--kb DIR`), loaded after data/kb; they win on equal ids. */
  kbDirs?: readonly string[];
}

export function createContext(options: ContextOptions = {}): PipelineContext {
  return { nlp: loadNlp(), kb: loadKnowledgeBase({ dirs: options.kbDirs ?? [] }), quoteCues: loadCues() };
}
