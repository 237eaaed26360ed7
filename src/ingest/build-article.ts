import type { Article, Dateline } from '../document/schema.js';
import { contentId } from './article-id.js';
import type { ArticleMeta, IngestOptions } from './ingest-types.js';
import { metadataDay } from './published-date.js';

/** The article record: given id or content hash, publication date from --date, else metadata, else null. */
export function buildArticle(
  text: string,
  input: string,
  meta: ArticleMeta,
  options: IngestOptions,
  format: Article['format'],
  dateline: Dateline | null,
): Article {
  const fromMeta = metadataDay(meta.published);
  const published = options.date ?? fromMeta;
  return {
    id: meta.id?.trim() || contentId(text),
    title: meta.title?.trim() || null,
    source: meta.source?.trim() || null,
    url: meta.url?.trim() || null,
    author: meta.author?.trim() || null,
    published,
    publishedFrom: options.date ? 'option' : fromMeta ? 'metadata' : 'none',
    input,
    format,
    dateline,
  };
}
