import type { Article } from '../document/schema.js';
import type { ReadoutError } from '../errors/readout-error.js';

/** Options shared by every command that reads articles. */
export interface IngestOptions {
  /** Publication date that overrides the input's metadata (YYYY-MM-DD). */
  date?: string | null;
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** One article read from an input, ready for the pipeline; `text` is final from here on. */
export interface IngestedArticle {
  article: Article;
  text: string;
}

export type IngestResult = { ok: true; value: IngestedArticle } | { ok: false; error: ReadoutError };

/** Metadata an input may carry beside its text (JSONL fields, HTML meta tags). */
export interface ArticleMeta {
  id?: string | null;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string | null;
  author?: string | null;
}
