import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';

/** The bundled `data/` folder of readout. */
export function dataDir(): string {
  return join(PROJECT_ROOT, 'data');
}
