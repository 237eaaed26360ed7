import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ReadoutDocument } from '../document/schema.js';

/** Whole documents are stored as deflated JSON: about a fifth of the plain size. */
export function encodeDocument(doc: ReadoutDocument): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(doc)), { level: 4 });
}

export function decodeDocument(bytes: Buffer): ReadoutDocument {
  return JSON.parse(inflateRawSync(bytes).toString('utf8')) as ReadoutDocument;
}
