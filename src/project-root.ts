import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of readout's own package.json, found by walking up from this module, so that bundled
 * (dist/readout.js), compiled (dist/**) and source (src/**) code find data/ and test/ alike.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'readout') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('readout package root not found');
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot();
