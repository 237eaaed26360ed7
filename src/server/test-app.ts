import { Extractor } from '../extract/extractor.js';
import { sampleDocuments, hostileDocument } from '../test-support/sample-annotated.js';
import { accessRuleFor } from './access.js';
import { createApp } from './app.js';
import type { ArticleFetcher } from './fetch-article.js';
import { MemoryModel } from './memory-model.js';
import { StoreModel } from './store-model.js';
import { openStore } from '../store/open-store.js';
import type { ReadModel } from './read-model.js';
import type { WebAssets } from './web-assets.js';

let shared: Extractor | null = null;
export const testExtractor = (): Extractor => (shared ??= new Extractor());

export type ModelKind = 'memory' | 'sqlite';
export const MODEL_KINDS: ModelKind[] = ['memory', 'sqlite'];

/** The sample documents in a read model: in memory, or saved into a fresh in-memory SQLite store. */
export function sampleModel(kind: ModelKind): ReadModel {
  const extractor = testExtractor();
  const docs = [...sampleDocuments(extractor), hostileDocument(extractor)];
  if (kind === 'memory') return new MemoryModel(docs, (d) => d);
  const model = new StoreModel(openStore(':memory:'), () => extractor);
  for (const d of docs) model.save(d);
  return model;
}

/** An in-process app over the sample documents for tests; no network (the fetcher is given). */
export function testApp(o: { token?: string; host?: string; fetcher?: ArticleFetcher; maxBodyBytes?: number; web?: WebAssets | null; withStore?: boolean; kind?: ModelKind } = {}) {
  const extractor = testExtractor();
  const model = o.withStore === false ? null : sampleModel(o.kind ?? 'memory');
  const logs: string[] = [];
  const app = createApp({
    extractor: () => extractor,
    model,
    access: accessRuleFor(o.host ?? '127.0.0.1', o.token ?? null),
    fetcher: o.fetcher ?? (async (url) => { throw new Error(`no network in tests: ${url}`); }),
    maxBodyBytes: o.maxBodyBytes ?? 1024 * 1024,
    web: o.web ?? null,
    log: (l) => logs.push(l),
  });
  return { app, model, logs };
}
