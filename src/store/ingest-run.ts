import type Database from 'better-sqlite3';
import { asReadoutError, type ReadoutError } from '../errors/readout-error.js';
import type { ExtractorPool, StoreDocument } from '../extract/extractor-pool.js';
import type { IngestedArticle, IngestResult } from '../ingest/ingest-types.js';
import { readInputs, type ReadOptions } from './sources/read-inputs.js';
import { StoreWriter, type DocumentExtractor, type IngestStats, type WriterOptions } from './store-writer.js';

export interface IngestReport extends IngestStats {
  total: number;
  seconds: number;
}

/**
 * Reads every input (files, directories, feeds, URLs), then extracts and stores each article in
 * batched transactions. `onProgress` is called after each article with the running counts.
 */
export async function ingestInputs(
  db: Database.Database,
  extractor: DocumentExtractor | ExtractorPool,
  inputs: string[],
  options: ReadOptions & WriterOptions,
  onProgress?: (stats: IngestStats, total: number) => void,
): Promise<IngestReport> {
  const t0 = performance.now();
  const results: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) results.push(r);
  const stats = 'jobs' in extractor
    ? await storeResultsInPool(db, extractor, results, options, onProgress)
    : storeResults(db, extractor, results, options, onProgress);
  return { ...stats, total: results.length, seconds: (performance.now() - t0) / 1000 };
}

/**
 * `storeResults` with extraction on the pool's worker threads: up to a few articles per worker are on
 * their way at once, and they are stored in input order (the first of two syndicated copies stays
 * the original, as in one thread), in the same batched transactions.
 */
export async function storeResultsInPool(
  db: Database.Database,
  pool: ExtractorPool,
  results: Iterable<IngestResult>,
  options: WriterOptions,
  onProgress?: (stats: IngestStats, total: number) => void,
  total = Array.isArray(results) ? results.length : 0,
): Promise<IngestStats> {
  // the writer extracts nothing itself here (every article goes through `claim`, the pool, `accept`)
  const unused = (): never => { throw new Error('storeResultsInPool extracts on the pool'); };
  const writer = new StoreWriter(db, { stages: pool.stages, knowledge: pool.knowledge, extract: unused }, options);
  type Slot = { result: IngestResult } | { ingested: IngestedArticle; hash: string; done: Promise<StoreDocument | ReadoutError> };
  const queue: Slot[] = [];
  const window = pool.jobs * 4;
  const settle = async (slot: Slot): Promise<void> => {
    if ('result' in slot) writer.add(slot.result);
    else {
      const done = await slot.done;
      // a worker that could not start (a bad --kb file) stops the run; what was accepted is kept
      if (done instanceof Error && pool.failure) {
        writer.flush();
        throw pool.failure;
      }
      // the worker encoded the document: this thread only writes
      if (done instanceof Error) writer.accept(slot.ingested, slot.hash, done);
      else writer.accept(slot.ingested, slot.hash, done.doc, done.encoded);
    }
    onProgress?.(writer.stats, total);
  };
  for (const r of results) {
    if (!r.ok) queue.push({ result: r });
    else {
      const hash = writer.claim(r.value);
      if (hash === null) {
        onProgress?.(writer.stats, total);
        continue;
      }
      const done = pool.extractForStore(r.value).then((d) => d, (e: unknown) => asReadoutError(e, 'STAGE_FAILED'));
      queue.push({ ingested: r.value, hash, done });
    }
    while (queue.length >= window) await settle(queue.shift()!);
  }
  while (queue.length > 0) await settle(queue.shift()!);
  writer.flush();
  return writer.stats;
}

/** Stores already-read results (used by ingest, watch and reprocess). */
export function storeResults(
  db: Database.Database,
  extractor: DocumentExtractor,
  results: Iterable<IngestResult>,
  options: WriterOptions,
  onProgress?: (stats: IngestStats, total: number) => void,
  total = Array.isArray(results) ? results.length : 0,
): IngestStats {
  const writer = new StoreWriter(db, extractor, options);
  for (const r of results) {
    writer.add(r);
    onProgress?.(writer.stats, total);
  }
  writer.flush();
  return writer.stats;
}
