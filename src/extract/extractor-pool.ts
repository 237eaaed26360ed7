import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadoutDocument } from '../document/schema.js';
import { ReadoutError, type ErrorCode } from '../errors/readout-error.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import type { ContextOptions } from '../pipeline/context.js';
import { knowledgeFingerprint } from '../pipeline/knowledge-fingerprint.js';
import { STAGES } from '../pipeline/stages.js';
import { analyseClauses } from '../stages/clauses/clauses-stage.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { EncodedDocument } from '../store/document-codec.js';
import type { WorkerReply, WorkerRequest, WorkerResult } from './extract-worker.js';

/** What the store needs of an article extracted on a worker: `doc` for its rows (tokens and clauses left out), `encoded` the whole document's stored bytes. */
export interface StoreDocument {
  doc: ReadoutDocument;
  encoded: EncodedDocument;
}

/**
 * Extraction on `jobs` worker threads (`--jobs N`), each with its own extractor built from the same
 * options. Articles go to the least busy worker; `extract` resolves with the document (or rejects with
 * the error) of that article. Documents cross as JSON without their clause layer (two thirds of a
 * document's JSON), which `extract` recomputes here (the same function of text, tokens and sentences
 * the clauses stage is). `extractForStore` has the worker encode the document for the store too
 * (`encodeDocument`, as the writer would) and sends only what the rows need besides, so that the
 * thread that writes does no more than write. Callers that store keep their own order (see `storeResultsInPool`).
 */
export class ExtractorPool {
  readonly stages = STAGES;
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly waiting = new Map<number, { resolve: (r: WorkerResult) => void; reject: (e: Error) => void; worker: number }>();
  private nextId = 0;
  private fatal: ReadoutError | null = null;

  /** What the workers know (`knowledgeFingerprint` of the same options). */
  get knowledge(): string {
    return knowledgeFingerprint(this.options);
  }

  constructor(readonly jobs: number, private readonly options: ContextOptions = {}) {
    const file = workerFile();
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(file, { workerData: { kbDirs: [...(options.kbDirs ?? [])], patternDirs: [...(options.patternDirs ?? [])] } });
      worker.on('message', (m: WorkerReply) => this.receive(w, m));
      worker.on('error', (e) => this.fail(new ReadoutError('STAGE_FAILED', `extraction worker ${w + 1} failed: ${e.message}`)));
      this.workers.push({ worker, busy: 0 });
    }
  }

  /** The whole document, as the extractor of this thread gives it. */
  async extract(ingested: IngestedArticle): Promise<ReadoutDocument> {
    const r = await this.request({ ingested, forStore: false });
    const doc = JSON.parse(r.json) as ReadoutDocument;
    if (r.derivedClauses) doc.clauses = analyseClauses(doc);
    return doc;
  }

  /** The document as the store writes it (see `StoreWriter.accept`). */
  async extractForStore(ingested: IngestedArticle): Promise<StoreDocument> {
    const r = await this.request({ ingested, forStore: true });
    const bytes = r.encoded!.bytes;
    return { doc: JSON.parse(r.json) as ReadoutDocument, encoded: { codec: r.encoded!.codec, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } };
  }

  private request(request: Omit<WorkerRequest, 'id'>): Promise<WorkerResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    const id = this.nextId++;
    let pick = 0;
    for (let w = 1; w < this.workers.length; w++) if (this.workers[w]!.busy < this.workers[pick]!.busy) pick = w;
    const slot = this.workers[pick]!;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: pick });
      slot.worker.postMessage({ id, ...request } satisfies WorkerRequest);
    });
  }

  /** The error that stopped every worker (a knowledge-base file that fails to load), if one did. */
  get failure(): ReadoutError | null {
    return this.fatal;
  }

  /** Stops the workers (what is still waiting is rejected). */
  async close(): Promise<void> {
    for (const waiter of this.waiting.values()) waiter.reject(new ReadoutError('STAGE_FAILED', 'the extraction pool was closed'));
    this.waiting.clear();
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private receive(w: number, m: WorkerReply): void {
    if ('fatal' in m) return this.fail(new ReadoutError(m.fatal.code as ErrorCode, m.fatal.message));
    const waiter = this.waiting.get(m.id);
    if (!waiter) return;
    this.waiting.delete(m.id);
    this.workers[w]!.busy--;
    if ('error' in m) waiter.reject(new ReadoutError(m.error.code as ErrorCode, m.error.message));
    else waiter.resolve(m);
  }

  private fail(e: ReadoutError): void {
    this.fatal ??= e;
    for (const waiter of this.waiting.values()) waiter.reject(this.fatal);
    this.waiting.clear();
  }
}

/** The worker's script: beside this module (dist/extract/ when compiled, dist/ in the bundle), else the compiled one (tests run the sources). */
function workerFile(): string {
  const here = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const compiled = join(PROJECT_ROOT, 'dist', 'extract', 'extract-worker.js');
  if (existsSync(compiled)) return compiled;
  throw new ReadoutError('USAGE', '--jobs needs the built worker (dist/extract/extract-worker.js): run `npm run build`');
}
