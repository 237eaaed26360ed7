import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { EXTENSIONS } from '../ingest/read-sources.js';
import { ReadoutError } from '../errors/readout-error.js';
import { FEED_EXTENSIONS } from './sources/read-inputs.js';

/** "30s", "5m", "2h" or a number of seconds -> milliseconds. */
export function parseInterval(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(s.trim());
  if (!m) throw new ReadoutError('USAGE', `--every must look like 30s, 5m or 1h, got "${s}"`);
  const n = Number(m[1]) * ({ s: 1000, m: 60000, h: 3600000 }[(m[2] ?? 's') as 's' | 'm' | 'h']);
  if (n < 1000) throw new ReadoutError('USAGE', '--every must be at least 1s');
  return n;
}

/**
 * Files of a watched directory that are new or changed since the last look (by size and mtime),
 * read recursively by extension like `ingest` (articles and feeds).
 */
export class DirectoryWatch {
  private readonly seen = new Map<string, string>();

  constructor(private readonly dir: string) {}

  changed(): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.')) continue;
        const full = join(d, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (EXTENSIONS[extname(entry.name).toLowerCase()] || FEED_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
          const st = statSync(full);
          const stamp = `${st.size}:${st.mtimeMs}`;
          if (this.seen.get(full) !== stamp) {
            this.seen.set(full, stamp);
            out.push(full);
          }
        }
      }
    };
    walk(this.dir);
    return out;
  }
}
