import { parentPort, workerData } from 'node:worker_threads';
import { asReadoutError } from '../errors/readout-error.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import { createContext, type ContextOptions } from '../pipeline/context.js';
import { Extractor } from './extractor.js';

/**
 * A worker thread of `ExtractorPool`: builds its own extractor (models and knowledge, with the
 * user's folders) and answers each article with its document as JSON, or with the error. A
 * knowledge base or pattern file that fails to load is reported once, as `fatal`.
 */
export interface WorkerRequest { id: number; ingested: IngestedArticle }
export type WorkerReply =
  | { id: number; json: string; derivedClauses: boolean }
  | { id: number; error: { code: string; message: string } }
  | { fatal: { code: string; message: string } };

if (parentPort) {
  const port = parentPort;
  let extractor: Extractor | null = null;
  try {
    extractor = new Extractor(undefined, createContext(workerData as ContextOptions));
  } catch (e) {
    const err = asReadoutError(e, 'STAGE_FAILED');
    port.postMessage({ fatal: { code: err.code, message: err.message } } satisfies WorkerReply);
  }
  if (extractor) {
    const ready = extractor;
    port.on('message', ({ id, ingested }: WorkerRequest) => {
      let reply: WorkerReply;
      try {
        const doc = ready.extract(ingested);
        // the clause layer is two thirds of a document's JSON and a function of its text, tokens and
        // sentences: when the clauses stage ran cleanly it is left out here and recomputed by the pool
        const derived = doc.clauses.length > 0 && !doc.errors.some((e) => e.stage === 'clauses');
        reply = { id, json: JSON.stringify(derived ? { ...doc, clauses: [] } : doc), derivedClauses: derived };
      } catch (e) {
        const err = asReadoutError(e, 'STAGE_FAILED', { article: ingested.article.id });
        reply = { id, error: { code: err.code, message: err.message } };
      }
      port.postMessage(reply);
    });
  }
}
