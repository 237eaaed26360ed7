import { asReadoutError } from '../errors/readout-error.js';
import { decodeText } from './decode.js';
import type { IngestOptions, IngestResult } from './ingest-types.js';
import { parseHtml } from './parse-html.js';
import { parseJsonl } from './parse-jsonl.js';
import { readSources, type RawSource } from './read-sources.js';
import { parseText } from './parse-text.js';

/** Every article from every input, in order; a bad input or line becomes an error result and the rest goes on. */
export function* ingestPaths(paths: string[], options: IngestOptions, stdin: () => Buffer): Generator<IngestResult> {
  for (const source of readSources(paths, options.maxBytes, stdin)) {
    if (!source.ok) {
      yield source;
      continue;
    }
    yield* ingestSource(source.value, options);
  }
}

/** Articles from one input already in memory. */
export function* ingestSource(source: RawSource, options: IngestOptions): Generator<IngestResult> {
  const { input } = source;
  let content: string;
  try {
    content = decodeText(source.bytes, input);
  } catch (e) {
    yield { ok: false, error: asReadoutError(e, 'INPUT_UNREADABLE', { input }) };
    return;
  }
  const format = source.format ?? sniffFormat(content);
  if (format === 'jsonl') {
    yield* parseJsonl(content, input, options);
    return;
  }
  try {
    yield { ok: true, value: format === 'html' ? parseHtml(content, input, {}, options) : parseText(content, input, {}, options) };
  } catch (e) {
    yield { ok: false, error: asReadoutError(e, 'INPUT_FORMAT', { input }) };
  }
}

/** Format of stdin or an unknown extension: markup, one JSON object a line, or plain text. */
export function sniffFormat(content: string): 'text' | 'html' | 'jsonl' {
  const head = content.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article|div|p)\b/.test(head)) return 'html';
  if (head.startsWith('{')) {
    const first = content.trimStart().split('\n', 1)[0]!;
    try {
      JSON.parse(first);
      return 'jsonl';
    } catch {
      return 'text';
    }
  }
  return 'text';
}
