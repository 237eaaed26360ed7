import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';

/** The project's own knowledge base. */
export function defaultKbDir(): string {
  return join(PROJECT_ROOT, 'data', 'kb');
}

/** world-countries' JSON, read from node_modules at start-up (ODbL; not copied into the project). */
export function worldCountriesPath(): string {
  return createRequire(import.meta.url).resolve('world-countries/countries.json');
}
