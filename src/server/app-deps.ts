import type { Extractor } from '../extract/extractor.js';
import type { AccessRule } from './access.js';
import type { ArticleFetcher } from './fetch-article.js';
import type { ReadModel } from './read-model.js';
import type { WebAssets } from './web-assets.js';

/** Everything the HTTP app needs, given from outside so that tests can build it in-process. */
export interface AppDeps {
  /** The extractor, built on first use (knowledge and models load once). */
  extractor: () => Extractor;
  /** The stored articles and events; null when the server runs without a store. */
  model: ReadModel | null;
  access: AccessRule;
  fetcher: ArticleFetcher;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** The built web UI; null serves the API only. */
  web: WebAssets | null;
  log: (line: string) => void;
}
