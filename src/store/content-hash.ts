import { createHash } from 'node:crypto';
import type { IngestedArticle } from '../ingest/ingest-types.js';

/**
 * What makes an article "the same again": its text and the metadata that changes extraction or
 * counting (title, publication date, source, URL). The input path is not part of it.
 */
export function contentHash(ingested: IngestedArticle): string {
  const a = ingested.article;
  return createHash('sha256')
    .update(JSON.stringify([ingested.text, a.title, a.published, a.source, a.url]))
    .digest('hex')
    .slice(0, 32);
}
