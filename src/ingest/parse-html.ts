import { createRequire } from 'node:module';
import { ReadoutError } from '../errors/readout-error.js';
import type { ArticleMeta, IngestedArticle, IngestOptions } from './ingest-types.js';
import { htmlMetadata } from './html-metadata.js';
import { parseText } from './parse-text.js';

type ReadabilityModule = typeof import('@mozilla/readability');
type LinkedomModule = typeof import('linkedom');
const require = createRequire(import.meta.url);
let html: { Readability: ReadabilityModule['Readability']; parseHTML: LinkedomModule['parseHTML'] } | null = null;

/** Readability and linkedom load on the first HTML article only: plain-text runs start faster. */
function htmlTools() {
  html ??= {
    Readability: (require('@mozilla/readability') as ReadabilityModule).Readability,
    parseHTML: (require('linkedom') as LinkedomModule).parseHTML,
  };
  return html;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption, dd, dt';
const MIN_BODY_CHARS = 40;

/**
 * HTML: metadata first (Readability changes the DOM), then Readability's main content, turned into
 * plain text with one paragraph per block element, separated by blank lines.
 */
export function parseHtml(markup: string, input: string, given: ArticleMeta, options: IngestOptions): IngestedArticle {
  const { Readability, parseHTML } = htmlTools();
  const { document } = parseHTML(markup);
  const found = htmlMetadata(document as never);
  const parsed = new Readability(document as never, { charThreshold: 100 }).parse();
  const body = parsed?.content ? blocksToText(parsed.content) : '';
  if (body.replace(/\s+/g, ' ').trim().length < MIN_BODY_CHARS) {
    throw new ReadoutError('HTML_NO_BODY', 'no readable article body found', { input, article: given.id ?? undefined });
  }
  const meta: ArticleMeta = {
    id: given.id,
    title: given.title ?? found.title ?? parsed?.title ?? null,
    published: given.published ?? found.published,
    url: given.url ?? found.url,
    source: given.source ?? found.source ?? parsed?.siteName ?? null,
    author: given.author ?? found.author ?? parsed?.byline ?? null,
  };
  return parseText(body, input, meta, options, 'html');
}

const BYLINE_CLASS = /byline|author|timestamp|dateline-meta|article-meta|published/i;

/** Bylines and time stamps that Readability keeps when the page also has author metadata. */
function isByline(el: { className?: string; id?: string }, text: string, index: number): boolean {
  if (text.length > 120) return false;
  if (BYLINE_CLASS.test(`${el.className ?? ''} ${el.id ?? ''}`)) return true;
  return index < 2 && /^by\s+\p{Lu}/iu.test(text) && !/[.!?]["”]?$/.test(text);
}

function blocksToText(contentHtml: string): string {
  const { document } = htmlTools().parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // only innermost blocks
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && !isByline(el, t, paragraphs.length)) paragraphs.push(t);
  }
  if (paragraphs.length === 0) {
    const t = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
  }
  return paragraphs.join('\n\n');
}
