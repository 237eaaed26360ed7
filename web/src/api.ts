import type { ReadoutDocument } from '../../src/document/schema.js';
import type { ActorRow, ArticleSummary, DyadBucket, DyadRow, EventRow, TimelineBucket } from '../../src/server/read-model.js';

export type { ActorRow, ArticleSummary, DyadBucket, DyadRow, EventRow, ReadoutDocument, TimelineBucket };

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function getJson<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' } }));
}

export interface ExtractInput { text?: string; html?: string; date?: string; title?: string }

export async function extract(input: ExtractInput): Promise<ReadoutDocument> {
  return parse<ReadoutDocument>(await fetch('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }));
}

/** What GET /health says: whether the server has a store and whether writing needs its token. */
export interface Health { ok: boolean; store: boolean; tokenRequired: boolean }

export const health = (): Promise<Health> => getJson<Health>('/health');

/** Annotates and stores an article (POST /extract with store: true); `created` is false when it replaced a stored one. */
export async function extractAndStore(input: ExtractInput, token: string): Promise<{ doc: ReadoutDocument; created: boolean }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch('/extract', { method: 'POST', headers, body: JSON.stringify({ ...input, store: true }) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'the server could not be reached');
  }
  const doc = await parse<ReadoutDocument>(res);
  return { doc, created: res.status === 201 };
}

export const api = {
  articles: (p: Record<string, string | number | undefined>) => getJson<Page<ArticleSummary>>(`/articles${query(p)}`),
  article: (id: string) => getJson<ReadoutDocument>(`/articles/${encodeURIComponent(id)}`),
  events: (p: Record<string, string | number | undefined>) => getJson<Page<EventRow>>(`/events${query(p)}`),
  dyads: (p: Record<string, string | number | undefined>) => getJson<Page<DyadRow>>(`/dyads${query(p)}`),
  dyad: (a: string, b: string, by: string) => getJson<{ buckets: DyadBucket[] }>(`/dyad${query({ a, b, by })}`),
  timeline: (p: Record<string, string | number | undefined>) => getJson<{ buckets: TimelineBucket[] }>(`/timeline${query(p)}`),
};
