import type { Context, Hono } from 'hono';
import { ReadoutError } from '../../errors/readout-error.js';
import type { IngestedArticle } from '../../ingest/ingest-types.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/ingest-types.js';
import { parseHtml } from '../../ingest/parse-html.js';
import { parseText } from '../../ingest/parse-text.js';
import { requireWriteAccess } from '../access.js';
import type { AppDeps } from '../app-deps.js';
import { extractBody, extractQuery } from '../schemas.js';
import { parseJsonBody, parseQuery } from '../validate.js';

interface ExtractRequest {
  kind: 'text' | 'html' | 'url';
  content: string;
  meta: { id?: string; title?: string; source?: string; url?: string };
  date: string | null;
  store: boolean;
}

/** JSON ({text|html|url, ...}) or a raw text/plain or text/html body with ?date, ?title, ?store. */
async function readRequest(c: Context): Promise<ExtractRequest> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('text/plain') || type.startsWith('text/html')) {
    const q = parseQuery(c, extractQuery);
    const content = await c.req.text();
    if (!content.trim()) throw new ReadoutError('REQUEST_INVALID', 'invalid body: the article is empty');
    return { kind: type.startsWith('text/html') ? 'html' : 'text', content, meta: { title: q.title }, date: q.date ?? null, store: q.store === 'true' };
  }
  if (!type.startsWith('application/json')) {
    throw new ReadoutError('REQUEST_INVALID', `invalid body: content type must be application/json, text/plain or text/html, not ${type || 'missing'}`);
  }
  const b = await parseJsonBody(c, extractBody);
  const kind = b.text !== undefined ? 'text' : b.html !== undefined ? 'html' : 'url';
  return { kind, content: (b.text ?? b.html ?? b.url)!, meta: { id: b.id, title: b.title, source: b.source }, date: b.date ?? null, store: b.store };
}

/** POST /extract: an article in, the annotated document out; stored too when asked. */
export function registerExtractRoute(app: Hono, deps: AppDeps): void {
  const guard = requireWriteAccess(deps.access);
  app.post('/extract', async (c) => {
    const req = await readRequest(c);
    // Fetching a URL or storing the result acts on the world: same rule as the writing endpoints.
    if (req.kind === 'url' || req.store) await guard(c, async () => {});
    if (req.store && !deps.model) throw new ReadoutError('REQUEST_INVALID', 'invalid body: store is true but this server has no store');
    const options = { date: req.date, maxBytes: DEFAULT_MAX_BYTES };
    let ingested: IngestedArticle;
    if (req.kind === 'url') {
      const fetched = await deps.fetcher(req.content);
      const meta = { ...req.meta, url: fetched.url };
      ingested = fetched.format === 'html' ? parseHtml(fetched.body, fetched.url, meta, options) : parseText(fetched.body, fetched.url, meta, options);
    } else {
      ingested = req.kind === 'html' ? parseHtml(req.content, 'request', req.meta, options) : parseText(req.content, 'request', req.meta, options);
    }
    if (!ingested.text.trim()) throw new ReadoutError('INPUT_EMPTY', 'the article has no text');
    const doc = deps.extractor().extract(ingested);
    const stored = req.store ? deps.model!.save(doc) : null;
    if (stored) c.header('X-Readout-Stored', stored.created ? 'created' : 'updated');
    return c.json(doc, stored?.created ? 201 : 200);
  });
}
