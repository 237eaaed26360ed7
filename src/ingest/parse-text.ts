import type { Article } from '../document/schema.js';
import type { ArticleMeta, IngestedArticle, IngestOptions } from './ingest-types.js';
import { findDateline } from './dateline.js';
import { buildArticle } from './build-article.js';

/**
 * Plain text: an optional first-line headline (a short line without closing punctuation,
 * followed by more text), then the body, which may open with a dateline. `text` is the body.
 */
export function parseText(
  raw: string,
  input: string,
  meta: ArticleMeta,
  options: IngestOptions,
  format: Article['format'] = 'text',
): IngestedArticle {
  let body = raw;
  let title = meta.title ?? null;
  // HTML and JSONL carry their title as metadata; only plain text files open with a headline line.
  const headline = format === 'text' && !meta.title ? splitHeadline(raw) : null;
  if (headline && !findDateline(raw)) {
    title = title ?? headline.title;
    body = raw.slice(headline.bodyStart);
  }
  // trimEnd and trimStart drop exactly what \s matches, without the regular expression's retries at every space
  body = body.trimEnd();
  const text = body.trimStart();
  const dl = findDateline(text, 0);
  return { article: buildArticle(text, input, { ...meta, title }, options, format, dl?.dateline ?? null), text };
}

function splitHeadline(raw: string): { title: string; bodyStart: number } | null {
  const m = /^[ \t]*([^\n]{1,200})\n(\s*\n)?/.exec(raw);
  if (!m) return null;
  const line = m[1]!.trim();
  const rest = raw.slice(m[0].length);
  if (rest.trim().length === 0) return null;
  if (/[.!?"”’:;,]$/.test(line)) return null;
  if (line.split(/\s+/).length < 2 && !m[2]) return null;
  return { title: line, bodyStart: m[0].length };
}
