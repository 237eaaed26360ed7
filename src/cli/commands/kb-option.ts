import { existsSync, statSync } from 'node:fs';
import { ReadoutError } from '../../errors/readout-error.js';

/** Commander collector for the repeatable `--kb DIR` option. */
export function collectDirs(dir: string, previous: string[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ReadoutError('USAGE', `--kb ${dir}: not a directory`);
  return [...previous, dir];
}
