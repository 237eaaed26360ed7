import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { asReadoutError, ReadoutError } from '../../errors/readout-error.js';
import { decodeText } from '../../ingest/decode.js';
import { ingestPaths } from '../../ingest/ingest.js';
import type { ArticleMeta, IngestOptions, IngestResult } from '../../ingest/ingest-types.js';
import { parseHtml } from '../../ingest/parse-html.js';
import { parseText } from '../../ingest/parse-text.js';
import { fetchUrl, isUrl, type FetchOptions } from './fetch-url.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './parse-feed.js';

export const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);

/** Feed items whose own content is at least this long (as text) are read from the feed; shorter ones are fetched from their link. */
const MIN_ITEM_TEXT = 200;

export interface ReadOptions extends IngestOptions {
  fetch?: FetchOptions;
  /** Reads stdin for "-". */
  stdin?: () => Buffer;
  /** Feed items whose article id this returns true for are skipped before any fetch (watch: already stored). */
  skipId?: (id: string) => boolean;
}

/** A stable article id for a URL: the same page fetched again is the same article (replaced if it changed). */
export function urlId(url: string): string {
  return `url-${createHash('sha256').update(url.trim()).digest('hex').slice(0, 16)}`;
}

/**
 * Articles from every input: files, directories and stdin as `extract` reads them, plus RSS 2.0 and
 * Atom feeds (file or URL) and article URLs (HTML or text). A bad input becomes an error result.
 */
export async function* readInputs(inputs: string[], options: ReadOptions): AsyncGenerator<IngestResult> {
  const stdin = options.stdin ?? (() => readFileSync(0));
  for (const input of inputs) {
    if (isUrl(input)) {
      yield* readUrl(input, options);
      continue;
    }
    if (input !== '-' && isFeedFile(input)) {
      try {
        const content = decodeText(readFileSync(input), input);
        yield* readFeed(content, input, options);
      } catch (e) {
        yield { ok: false, error: asReadoutError(e, 'INPUT_UNREADABLE', { input }) };
      }
      continue;
    }
    yield* ingestPaths([input], options, stdin);
  }
}

function isFeedFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
  } catch {
    return false;
  }
  if (FEED_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  if (extname(path) !== '') return false;
  const head = readFileSync(path).subarray(0, 1024).toString('utf8');
  return looksLikeFeed(head);
}

async function* readUrl(url: string, options: ReadOptions, meta: ArticleMeta = {}): AsyncGenerator<IngestResult> {
  try {
    const got = await fetchUrl(url, { maxBytes: options.maxBytes, ...options.fetch });
    const content = decodeText(got.body, url);
    if (/xml|rss|atom/i.test(got.contentType) && looksLikeFeed(content)) {
      yield* readFeed(content, url, options);
      return;
    }
    const given: ArticleMeta = { id: urlId(url), url: got.url, ...meta };
    if (/html/i.test(got.contentType)) yield { ok: true, value: parseHtml(content, url, given, options) };
    else if (looksLikeFeed(content)) yield* readFeed(content, url, options);
    else yield { ok: true, value: parseText(content, url, given, options) };
  } catch (e) {
    yield { ok: false, error: asReadoutError(e, 'FETCH_FAILED', { input: url }) };
  }
}

async function* readFeed(content: string, input: string, options: ReadOptions): AsyncGenerator<IngestResult> {
  const feed = parseFeed(content, input);
  for (const [i, item] of feed.items.entries()) {
    const label = `${input}#${i + 1}`;
    const meta: ArticleMeta = {
      id: item.link ? urlId(item.link) : item.id, title: item.title, url: item.link, published: item.published,
      author: item.author, source: feed.title,
    };
    if (meta.id && options.skipId?.(meta.id)) continue;
    if (item.content && plain(item.content).length >= MIN_ITEM_TEXT) {
      yield itemFromContent(item, label, meta, options);
    } else if (item.link && isUrl(item.link)) {
      yield* readUrl(item.link, options, meta);
    } else {
      yield { ok: false, error: new ReadoutError('INPUT_EMPTY', 'feed item has no content and no link', { input: label, article: meta.id ?? undefined }) };
    }
  }
}

function itemFromContent(item: FeedItem, input: string, meta: ArticleMeta, options: ReadOptions): IngestResult {
  const content = item.content!;
  try {
    if (/<[a-z][^>]*>/i.test(content)) {
      return { ok: true, value: parseHtml(`<!doctype html><html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${content}</article></body></html>`, input, meta, options) };
    }
    return { ok: true, value: parseText(content, input, meta, options, 'html') };
  } catch (e) {
    return { ok: false, error: asReadoutError(e, 'INPUT_FORMAT', { input, article: meta.id ?? undefined }) };
  }
}

const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

