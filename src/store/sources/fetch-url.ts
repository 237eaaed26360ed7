import { ReadoutError } from '../../errors/readout-error.js';

export interface FetchOptions {
  /** Whole-request timeout in ms (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
}

/** Content types readout reads: pages, plain text, feeds. */
const ACCEPTED = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/rss\+xml|application\/atom\+xml|application\/xml|text\/xml)\b/i;

export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

/**
 * GET over HTTP(S) only, with a timeout, a size limit (checked on the header and while reading),
 * a content-type check and a bounded number of redirects, each of which must stay on HTTP(S).
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const fail = (message: string, cause?: unknown) => new ReadoutError('FETCH_FAILED', message, { input: url }, { cause });
  const signal = AbortSignal.timeout(options.timeoutMs ?? 15000);
  let current = url;
  for (let hop = 0; ; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(current);
    } catch {
      throw fail(`not a URL: ${current}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw fail(`only http and https are fetched, not ${parsed.protocol}`);
    let res: Response;
    try {
      res = await fetch(parsed, { redirect: 'manual', signal, headers: { accept: 'text/html, application/xhtml+xml, text/plain, application/rss+xml, application/atom+xml, application/xml;q=0.9' } });
    } catch (e) {
      const name = (e as Error).name;
      throw fail(name === 'TimeoutError' || name === 'AbortError' ? `timed out after ${options.timeoutMs ?? 15000} ms` : `request failed: ${(e as Error).message}`, e);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      if (hop >= maxRedirects) throw fail(`more than ${maxRedirects} redirects`);
      current = new URL(res.headers.get('location')!, parsed).toString();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw fail(`HTTP ${res.status} ${res.statusText}`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (!ACCEPTED.test(contentType)) {
      await res.body?.cancel();
      throw fail(`content type "${contentType || 'none'}" is not a page, text or feed`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw fail(`${declared} bytes is over the limit of ${maxBytes} bytes`);
    }
    return { url: current, contentType, body: await readCapped(res, maxBytes, fail) };
  }
}

async function readCapped(res: Response, maxBytes: number, fail: (m: string, c?: unknown) => ReadoutError): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw fail(`body is over the limit of ${maxBytes} bytes`);
      }
      chunks.push(Buffer.from(value));
    }
  } catch (e) {
    if (e instanceof ReadoutError) throw e;
    throw fail(`reading the body failed: ${(e as Error).message}`, e);
  }
  return Buffer.concat(chunks);
}
