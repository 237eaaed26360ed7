import type { Article, ReadoutDocument } from './schema.js';

/** A document with only the ingestion layer filled: the starting point of the pipeline. */
export function newDocument(article: Article, text: string): ReadoutDocument {
  return {
    article, text,
    paragraphs: [], sentences: [], tokens: [], entities: [], times: [], quotes: [], clauses: [], events: [], errors: [], warnings: [],
  };
}
