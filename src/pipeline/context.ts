import { loadNlp, type Nlp } from '../stages/segment/nlp.js';
import { loadCues, type QuoteCues } from '../stages/quotes/cues.js';

/** What every stage may use: compiled knowledge and options, built once per process. */
export interface PipelineContext {
  nlp: Nlp;
  /** speech verbs, documents and channel phrases from data/quotes/cues.yaml */
  quoteCues: QuoteCues;
}

export function createContext(): PipelineContext {
  return { nlp: loadNlp(), quoteCues: loadCues() };
}
