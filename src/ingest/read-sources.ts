import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ReadoutError } from '../errors/readout-error.js';

/** Extensions read when a directory is given, by format. */
export const EXTENSIONS: Record<string, 'text' | 'html' | 'jsonl'> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

export interface RawSource {
  input: string;
  /** Format from the extension; null for stdin and unknown extensions (sniffed from content). */
  format: 'text' | 'html' | 'jsonl' | null;
  bytes: Buffer;
}

export type SourceResult = { ok: true; value: RawSource } | { ok: false; error: ReadoutError };

/** Expands paths (directories recursively, by extension, sorted) and reads each, with the size limit. */
export function* readSources(paths: string[], maxBytes: number, stdin: () => Buffer): Generator<SourceResult> {
  for (const path of paths) {
    if (path === '-') {
      const bytes = stdin();
      if (bytes.length > maxBytes) yield tooLarge('-', bytes.length, maxBytes);
      else yield { ok: true, value: { input: '-', format: null, bytes } };
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      yield { ok: false, error: new ReadoutError('INPUT_NOT_FOUND', 'no such file or directory', { input: path }) };
      continue;
    }
    if (stat.isDirectory()) {
      yield* readSources(listDirectory(path), maxBytes, stdin);
      continue;
    }
    if (stat.size > maxBytes) {
      yield tooLarge(path, stat.size, maxBytes);
      continue;
    }
    try {
      yield { ok: true, value: { input: path, format: EXTENSIONS[extname(path).toLowerCase()] ?? null, bytes: readFileSync(path) } };
    } catch (e) {
      yield { ok: false, error: new ReadoutError('INPUT_UNREADABLE', (e as Error).message, { input: path }) };
    }
  }
}

function listDirectory(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listDirectory(full));
    else if (EXTENSIONS[extname(entry.name).toLowerCase()]) out.push(full);
  }
  return out;
}

function tooLarge(input: string, size: number, max: number): SourceResult {
  return { ok: false, error: new ReadoutError('INPUT_TOO_LARGE', `${size} bytes is over the limit of ${max} bytes (--max-bytes)`, { input }) };
}
