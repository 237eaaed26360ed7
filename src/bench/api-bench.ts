import { Extractor } from '../extract/extractor.js';
import { accessRuleFor } from '../server/access.js';
import { createApp } from '../server/app.js';
import type { ReadModel } from '../server/read-model.js';
import type { Corpus } from './corpus.js';
import { ingestCorpus } from './corpus.js';
import { fmt, percentile } from './stats.js';

type App = ReturnType<typeof createApp>;

export function benchApp(model: ReadModel | null, extractor: Extractor): App {
  return createApp({
    extractor: () => extractor, model, access: accessRuleFor('127.0.0.1', null),
    fetcher: async () => { throw new Error('no fetching in the benchmark'); },
    maxBodyBytes: 10 * 1024 * 1024, web: null, log: () => {},
  });
}

/** p50/p95/max of `runs` in-process requests (after `warm` unmeasured ones), in ms. */
export async function timeRequests(app: App, make: (i: number) => Request, runs: number, warm = 20): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < warm; i++) await (await app.request(make(i))).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await app.request(make(i));
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`HTTP ${res.status} from ${make(i).url}`);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1)! };
}

/** POST /extract on a typical article: the corpus article of median length, in-process. */
export async function benchExtractEndpoint(corpus: Corpus, extractor: Extractor): Promise<string> {
  const articles = ingestCorpus(corpus).sort((a, b) => a.text.length - b.text.length);
  const typical = articles[Math.floor(articles.length / 2)]!;
  const app = benchApp(null, extractor);
  const body = JSON.stringify({ text: typical.text, date: typical.article.published ?? undefined });
  const t = await timeRequests(app, () => new Request('http://localhost/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body }), 200);
  return `POST /extract, typical article (${typical.text.length} chars, in-process): p50 ${fmt(t.p50, 2)} ms, p95 ${fmt(t.p95, 2)} ms, max ${fmt(t.max, 2)} ms (target p95 <= 50 ms)`;
}
