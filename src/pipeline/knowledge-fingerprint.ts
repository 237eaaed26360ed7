import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { worldCountriesPath } from '../kb/kb-paths.js';
import { dataDir } from '../ontology/data-dir.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { ContextOptions } from './context.js';

const made = new Map<string, string>();

/**
 * What the pipeline knows, in 12 hex digits: readout's version and the content of every file it reads
 * knowledge from (the bundled data/ folder, world-countries, the user's --kb and --patterns folders).
 * Stored with each article, it tells `reprocess --stale` which articles were extracted with other
 * knowledge. Content, not dates: a fresh clone of the same files gives the same fingerprint.
 * Computed once per set of options (about 2 MB read and hashed).
 */
export function knowledgeFingerprint(options: ContextOptions = {}): string {
  const key = JSON.stringify([options.kbDirs ?? [], options.patternDirs ?? []]);
  let found = made.get(key);
  if (found === undefined) {
    const h = createHash('sha1');
    h.update(`readout ${(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    const sources = [dataDir(), worldCountriesPath(), ...(options.kbDirs ?? []), ...(options.patternDirs ?? [])];
    sources.forEach((s, i) => { for (const file of filesUnder(s)) h.update(`${i}:${file.slice(s.length)}\0`).update(readFileSync(file)).update('\0'); });
    found = h.digest('hex').slice(0, 12);
    made.set(key, found);
  }
  return found;
}

/** The file, or every file under the folder, in a fixed order. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => filesUnder(join(path, d.name)));
}
