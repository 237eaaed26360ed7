import { ReadoutError } from '../errors/readout-error.js';

/** What an article URL gave: the body as text and whether it is HTML. */
export interface FetchedArticle {
  url: string;
  body: string;
  format: 'html' | 'text';
}

export type ArticleFetcher = (url: string) => Promise<FetchedArticle>;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/**
 * Fetches one article over HTTP(S): a timeout, a size limit, a bounded number of redirects, and
 * only text or HTML content. Used by POST /extract only when a request names a URL.
 */
export function httpArticleFetcher(limits: Partial<FetchLimits> = {}): ArticleFetcher {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  return async (start) => {
    let url = start;
    const signal = AbortSignal.timeout(lim.timeoutMs);
    for (let hop = 0; ; hop++) {
      const protocol = new URL(url).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') throw new ReadoutError('FETCH_FAILED', `only http and https URLs are fetched, not ${protocol}`, { input: url });
      let res: Response;
      try {
        res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9' } });
      } catch (e) {
        throw new ReadoutError('FETCH_FAILED', `request failed: ${(e as Error).message}`, { input: url }, { cause: e });
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        if (hop >= lim.maxRedirects) throw new ReadoutError('FETCH_FAILED', `more than ${lim.maxRedirects} redirects`, { input: start });
        url = new URL(location, url).toString();
        continue;
      }
      if (!res.ok) throw new ReadoutError('FETCH_FAILED', `HTTP ${res.status}`, { input: url });
      const type = (res.headers.get('content-type') ?? '').toLowerCase();
      const format = type.includes('html') ? 'html' : type.startsWith('text/plain') ? 'text' : null;
      if (!format) throw new ReadoutError('FETCH_FAILED', `content type ${type || 'missing'} is not HTML or plain text`, { input: url });
      return { url, body: await readLimited(res, lim.maxBytes, url), format };
    }
  };
}

async function readLimited(res: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ReadoutError('INPUT_TOO_LARGE', `${declared} bytes is over the limit of ${maxBytes}`, { input: url });
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw new ReadoutError('INPUT_TOO_LARGE', `body is over the limit of ${maxBytes} bytes`, { input: url });
      chunks.push(chunk);
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
