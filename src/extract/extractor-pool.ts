import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadoutDocument } from '../document/schema.js';
import { ReadoutError, type ErrorCode } from '../errors/readout-error.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import type { ContextOptions } from '../pipeline/context.js';
import { STAGES } from '../pipeline/stages.js';
import { analyseClauses } from '../stages/clauses/clauses-stage.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { WorkerReply } from './extract-worker.js';

/**
 * Extraction on `jobs` worker threads (`--jobs N`), each with its own extractor built from the same
 * options. Articles go to the least busy worker; `extract` resolves with the document (or rejects with
 * the error) of that article. Documents cross as JSON without their clause layer (two thirds of a
 * document's JSON), which `extract` recomputes here (the same function of text, tokens and sentences
 * the clauses stage is); `extractForStore` leaves it out, since the store keeps clauses as derived
 * and never reads them. Callers that store keep their own order (see `storeResultsInPool`).
 */
/** A worker's document; `clausesLeftOut`: its clause layer, the clauses stage's own output, was left out (empty). */
export interface PooledDocument {
  doc: ReadoutDocument;
  clausesLeftOut: boolean;
}

export class ExtractorPool {
  readonly stages = STAGES;
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly waiting = new Map<number, { resolve: (d: PooledDocument) => void; reject: (e: Error) => void; worker: number }>();
  private nextId = 0;
  private fatal: ReadoutError | null = null;

  constructor(readonly jobs: number, options: ContextOptions = {}) {
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
    const { doc, clausesLeftOut } = await this.extractForStore(ingested);
    if (clausesLeftOut) doc.clauses = analyseClauses(doc);
    return doc;
  }

  /** The document without its clause layer when that is the clauses stage's output (what the store writes: see `StoreWriter.accept`). */
  extractForStore(ingested: IngestedArticle): Promise<PooledDocument> {
    if (this.fatal) return Promise.reject(this.fatal);
    const id = this.nextId++;
    let pick = 0;
    for (let w = 1; w < this.workers.length; w++) if (this.workers[w]!.busy < this.workers[pick]!.busy) pick = w;
    const slot = this.workers[pick]!;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: pick });
      slot.worker.postMessage({ id, ingested });
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
    else waiter.resolve({ doc: JSON.parse(m.json) as ReadoutDocument, clausesLeftOut: m.derivedClauses });
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
