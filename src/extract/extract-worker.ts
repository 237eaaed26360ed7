import { parentPort, workerData } from 'node:worker_threads';
import { asReadoutError } from '../errors/readout-error.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import { createContext, type ContextOptions } from '../pipeline/context.js';
import { clausesStage } from '../stages/clauses/clauses-stage.js';
import { encodeDocument } from '../store/document-codec.js';
import { Extractor } from './extractor.js';

/**
 * A worker thread of `ExtractorPool`: builds its own extractor (models and knowledge, with the
 * user's folders) and answers each article with its document as JSON, or with the error. A
 * knowledge base or pattern file that fails to load is reported once, as `fatal`.
 * `forStore`: the reply also holds the document encoded for the store, and the JSON only what the
 * store's rows need (no tokens, no clauses).
 */
export interface WorkerRequest { id: number; ingested: IngestedArticle; forStore: boolean }
export interface WorkerResult {
  id: number;
  json: string;
  /** The clause layer, the clauses stage's output, was left out of `json`. */
  derivedClauses: boolean;
  encoded?: { codec: number; bytes: Uint8Array };
}
export type WorkerReply =
  | WorkerResult
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
    // as StoreWriter decides for its own extractor
    const derivedClauses = ready.stages.includes(clausesStage);
    port.on('message', ({ id, ingested, forStore }: WorkerRequest) => {
      let reply: WorkerReply;
      try {
        const doc = ready.extract(ingested);
        // the clause layer is two thirds of a document's JSON and a function of its text, tokens and
        // sentences: when the clauses stage ran cleanly it is left out here and recomputed by the pool
        const derived = doc.clauses.length > 0 && !doc.errors.some((e) => e.stage === 'clauses');
        if (forStore) {
          const encoded = encodeDocument(doc, { derivedClauses });
          reply = { id, json: JSON.stringify({ ...doc, tokens: [], clauses: [] }), derivedClauses: derived, encoded };
        } else reply = { id, json: JSON.stringify(derived ? { ...doc, clauses: [] } : doc), derivedClauses: derived };
      } catch (e) {
        const err = asReadoutError(e, 'STAGE_FAILED', { article: ingested.article.id });
        reply = { id, error: { code: err.code, message: err.message } };
      }
      port.postMessage(reply);
    });
  }
}
