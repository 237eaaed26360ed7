import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the meaning of a cached value changes without a rebuild (a rebuild already invalidates). */
const CACHE_VERSION = 1;

/** The program file itself (dist/readout.js when bundled): rebuilding the program reloads every cache. */
const PROGRAM = fileURLToPath(import.meta.url);

/**
 * What `parse` makes of `files`, cached as JSON in the system temp folder (like the knowledge-base
 * cache): keyed by `kind`, each file's path, size and modification time, and the program file's, so a
 * change to a data file or to the code reloads. `parse` must return plain JSON data; a throw (a bad
 * file) is never cached. A cache that cannot be read or written only costs time.
 */
export function cachedParse<T>(kind: string, files: readonly string[], parse: () => T): T {
  let key: string;
  try {
    const h = createHash('sha1').update(`${kind}\0v${CACHE_VERSION}\n`);
    for (const f of [PROGRAM, ...files]) {
      const st = statSync(f);
      h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
    }
    key = h.digest('hex').slice(0, 16);
  } catch {
    return parse();
  }
  const dir = join(tmpdir(), 'readout-parse-cache');
  const path = join(dir, `${kind}-${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // not cached yet (or unreadable): parse below
  }
  const value = parse();
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  } catch {
    // a cache that cannot be written only costs time
  }
  return value;
}
