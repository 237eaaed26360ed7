import { compileKb, type KnowledgeBase } from './compile-kb.js';
import { cacheKey, readCache, writeCache } from './kb-cache.js';
import { defaultKbDir } from './kb-paths.js';
import { loadKbSources } from './load-kb.js';
import { throwProblems } from './yaml-file.js';

export type { KnowledgeBase } from './compile-kb.js';

export interface KbOptions {
  /** Users' folders, loaded after the project's data/kb; their entries win on equal ids. */
  dirs?: readonly string[];
  /** Use and write the cache of validated files (default true). */
  cache?: boolean;
}

/**
 * Loads and compiles the knowledge base. Throws KB_INVALID with file and line on the first problem
 * (`readout kb check` lists them all).
 */
export function loadKnowledgeBase(options: KbOptions = {}): KnowledgeBase {
  const t0 = performance.now();
  const dirs = [defaultKbDir(), ...(options.dirs ?? [])];
  const useCache = options.cache ?? true;
  const key = useCache ? cacheKey(dirs) : '';
  let sources = useCache ? readCache(key) : null;
  if (!sources) {
    const loaded = loadKbSources(dirs);
    throwProblems(loaded.problems);
    sources = loaded.sources;
    if (useCache) writeCache(key, sources);
  }
  const kb = compileKb(sources);
  kb.loadMs = performance.now() - t0;
  return kb;
}
