import type Database from 'better-sqlite3';
import type { IngestResult } from '../ingest/ingest-types.js';
import { iterateArticleTexts } from './queries/articles.js';
import { stmt } from './prepared.js';
import { pipelineId, StoreWriter, type DocumentExtractor, type IngestStats } from './store-writer.js';

export interface ReprocessOptions {
  /** Only articles stored by another pipeline than the current one. */
  staleOnly?: boolean;
  batchSize?: number;
}

/**
 * Re-extracts stored articles (from their stored text and article record) with the current
 * knowledge and patterns, replacing what each contributed: root events whose key is unchanged keep
 * their ids, new ones are added, ones no article mentions any more are removed. No duplicates.
 */
export function reprocessStore(
  db: Database.Database,
  extractor: DocumentExtractor,
  options: ReprocessOptions = {},
  onProgress?: (stats: IngestStats, total: number) => void,
): IngestStats {
  const current = pipelineId(extractor);
  const total = options.staleOnly
    ? (stmt(db, 'SELECT count(*) AS n FROM articles WHERE pipeline <> ?').get(current) as { n: number }).n
    : (stmt(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  const writer = new StoreWriter(db, extractor, { force: true, batchSize: options.batchSize });
  const stale = stmt(db, 'SELECT pipeline FROM articles WHERE id = ?');
  for (const stored of iterateArticleTexts(db)) {
    if (options.staleOnly && (stale.get(stored.article.id) as { pipeline: string } | undefined)?.pipeline === current) continue;
    const result: IngestResult = { ok: true, value: stored };
    writer.add(result);
    onProgress?.(writer.stats, total);
  }
  writer.flush();
  return writer.stats;
}
