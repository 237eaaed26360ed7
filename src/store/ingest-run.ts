import type Database from 'better-sqlite3';
import type { IngestResult } from '../ingest/ingest-types.js';
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
  extractor: DocumentExtractor,
  inputs: string[],
  options: ReadOptions & WriterOptions,
  onProgress?: (stats: IngestStats, total: number) => void,
): Promise<IngestReport> {
  const t0 = performance.now();
  const results: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) results.push(r);
  return { ...storeResults(db, extractor, results, options, onProgress), total: results.length, seconds: (performance.now() - t0) / 1000 };
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
