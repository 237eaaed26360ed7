import { ReadoutError } from '../errors/readout-error.js';
import { fetchUrl, type FetchOptions } from '../store/sources/fetch-url.js';

/** What an article URL gave: the body as text and whether it is HTML. */
export interface FetchedArticle {
  url: string;
  body: string;
  format: 'html' | 'text';
}

export type ArticleFetcher = (url: string) => Promise<FetchedArticle>;

export type FetchLimits = FetchOptions;

/**
 * Fetches one article over HTTP(S) with the store's fetcher (timeout, size limit, content-type
 * check, bounded redirects). Used by POST /extract only when a request names a URL. Feeds are
 * refused here: they hold many articles and go through ingest.
 */
export function httpArticleFetcher(limits: FetchLimits = {}): ArticleFetcher {
  return async (url) => {
    const fetched = await fetchUrl(url, limits);
    const type = fetched.contentType.toLowerCase();
    if (/rss|atom|\/xml/.test(type)) throw new ReadoutError('FETCH_FAILED', `content type ${type} is a feed, not an article`, { input: url });
    return { url: fetched.url, body: fetched.body.toString('utf8'), format: type.includes('html') ? 'html' : 'text' };
  };
}
