import { loadNlp, type Nlp } from '../stages/segment/nlp.js';

/** What every stage may use: compiled knowledge and options, built once per process. */
export interface PipelineContext {
  nlp: Nlp;
}

export function createContext(): PipelineContext {
  return { nlp: loadNlp() };
}
