import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * The bundled `data/` folder, found by walking up from this module: works from src/ (vitest),
 * dist/<folder>/ (compiled) and dist/readout.js (bundled CLI).
 */
export function dataDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'data', 'ontology'))) return (cached = join(dir, 'data'));
    dir = dirname(dir);
  }
  throw new Error('data/ folder not found next to readout');
}
