import type { ReadoutDocument } from '../document/schema.js';
import { Extractor } from '../extract/extractor.js';

let shared: Extractor | null = null;

/** Runs the whole pipeline on a plain text with a given publication date (null: none). For tests. */
export function extractText(text: string, published: string | null): ReadoutDocument {
  shared ??= new Extractor();
  const article = {
    id: 'test', title: null, source: null, url: null, author: null, published,
    publishedFrom: published ? ('option' as const) : ('none' as const), input: null, format: 'text' as const, dateline: null,
  };
  return shared.extract({ article, text });
}
