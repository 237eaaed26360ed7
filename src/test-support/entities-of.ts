import type { Entity, ReadoutDocument } from '../document/schema.js';
import { Extractor } from '../extract/extractor.js';
import { parseText } from '../ingest/parse-text.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';

let shared: Extractor | null = null;

/** Runs the pipeline over a short text (one shared extractor per test process). */
export function extractText(text: string, date: string | null = '2024-12-30'): ReadoutDocument {
  shared ??= new Extractor();
  return shared.extract(parseText(text, 'test', {}, { date, maxBytes: DEFAULT_MAX_BYTES }));
}

/** The entity with a mention whose text is `mention` (first match), or undefined. */
export function entityWithMention(doc: ReadoutDocument, mention: string): Entity | undefined {
  return doc.entities.find((e) => e.mentions.some((m) => m.text === mention));
}
