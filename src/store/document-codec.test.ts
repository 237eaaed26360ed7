import { brotliCompressSync, constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ReadoutDocument } from '../document/schema.js';
import { Extractor } from '../extract/extractor.js';
import { analyseClauses } from '../stages/clauses/clauses-stage.js';
import { ingested } from '../test-support/store-documents.js';
import { CODEC_COMPACT, CODEC_DEFLATE_JSON, CODEC_PACKED, CODEC_TOKEN_BYTES, decodeArticleText, decodeDocument, encodeDocument } from './document-codec.js';
import { packColumns } from './packed-columns.js';
import { toColumns } from './record-columns.js';

const TEXT = `BAGHDAD — Iraq's foreign minister met his Turkish counterpart in Baghdad on Sunday and the two men agreed to reopen a border crossing, officials said.
"We want trade to flow again," the minister told reporters. Turkey will send a delegation next week, the ministry said.`;

const extractor = new Extractor();
const extracted = (): ReadoutDocument => extractor.extract(ingested('codec', TEXT, { published: '2024-06-02' }));

describe('document codec', () => {
  it('gives back the extracted document exactly, with the clauses left out of the bytes and recomputed on read', () => {
    const doc = extracted();
    expect(doc.clauses.length).toBeGreaterThan(0);
    const encoded = encodeDocument(doc, { derivedClauses: true });
    expect(encoded.codec).toBe(CODEC_TOKEN_BYTES);
    const withClauses = encodeDocument(doc);
    expect(encoded.bytes.length).toBeLessThan(withClauses.bytes.length);
    const back = decodeDocument(encoded.bytes, encoded.codec);
    expect(back).toEqual(doc);
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc)); // same keys in the same order
  });

  it('keeps clauses that are not the clauses stage\'s output as they are', () => {
    const doc = extracted();
    doc.clauses = doc.clauses.slice(0, 1).map((c) => ({ ...c, rule: 'hand-made' }));
    expect(analyseClauses(doc)).not.toEqual(doc.clauses);
    const encoded = encodeDocument(doc);
    expect(JSON.stringify(decodeDocument(encoded.bytes, encoded.codec))).toBe(JSON.stringify(doc));
  });

  it('does not recompute clauses for a document whose clauses stage failed', () => {
    const doc = extracted();
    doc.clauses = [];
    doc.errors = [{ stage: 'clauses', code: 'STAGE_FAILED', message: 'boom' }];
    const encoded = encodeDocument(doc, { derivedClauses: true });
    expect(decodeDocument(encoded.bytes, encoded.codec).clauses).toEqual([]);
  });

  it('stores tokens that are not flat records with identical keys as they are', () => {
    const doc = extracted();
    const odd = { ...doc, tokens: doc.tokens.map((t, i) => (i === 3 ? { ...t, extra: { nested: true } } : t)) } as ReadoutDocument;
    const encoded = encodeDocument(odd, { derivedClauses: true });
    expect(encoded.codec).toBe(CODEC_PACKED);
    expect(JSON.stringify(decodeDocument(encoded.bytes, encoded.codec))).toBe(JSON.stringify(odd));
    const reordered = { ...doc, tokens: doc.tokens.map((t, i) => (i === 5 ? { lemma: t.lemma, start: t.start, end: t.end, pos: t.pos } : t)) };
    const again = encodeDocument(reordered, { derivedClauses: true });
    expect(JSON.stringify(decodeDocument(again.bytes, again.codec))).toBe(JSON.stringify(reordered));
  });

  it('reads documents written by schema version 1 (whole, raw-deflated JSON)', () => {
    const doc = extracted();
    const old = deflateRawSync(Buffer.from(JSON.stringify(doc)), { level: 2 });
    expect(decodeDocument(old, CODEC_DEFLATE_JSON)).toEqual(doc);
    expect(decodeArticleText(old, CODEC_DEFLATE_JSON)).toEqual({ article: doc.article, text: doc.text });
  });

  it('reads documents written by schema version 2 (codec 2: brotli JSON, tokens as plain columns, clauses derived)', () => {
    const doc = extracted();
    const old = brotliCompressSync(JSON.stringify({ ...doc, tokens: { columns: toColumns(doc.tokens) }, clauses: { derived: true } }));
    expect(JSON.stringify(decodeDocument(old, CODEC_COMPACT))).toBe(JSON.stringify(doc));
    expect(decodeArticleText(old, CODEC_COMPACT)).toEqual({ article: doc.article, text: doc.text });
  });

  it('reads documents written by schema version 3 (codec 3: tokens as packed columns in the JSON)', () => {
    const doc = extracted();
    const old = brotliCompressSync(JSON.stringify({ ...doc, tokens: { packed: packColumns(toColumns(doc.tokens)!, doc.text) }, clauses: { derived: true } }));
    expect(JSON.stringify(decodeDocument(old, CODEC_PACKED))).toBe(JSON.stringify(doc));
    expect(decodeArticleText(old, CODEC_PACKED)).toEqual({ article: doc.article, text: doc.text });
  });

  it('writes tokens out of order as codec 3, and gives them back', () => {
    const doc = extracted();
    const swapped = { ...doc, tokens: [doc.tokens[1]!, doc.tokens[0]!, ...doc.tokens.slice(2)] };
    const encoded = encodeDocument(swapped, { derivedClauses: false });
    expect(encoded.codec).toBe(CODEC_PACKED);
    expect(JSON.stringify(decodeDocument(encoded.bytes, encoded.codec))).toBe(JSON.stringify(swapped));
  });

  it('packs the tokens into fewer bytes than codec 2', () => {
    const doc = extracted();
    // codec 2's bytes as it wrote them: quality 1, a 256 KB window
    const params = { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT };
    const old = brotliCompressSync(JSON.stringify({ ...doc, tokens: { columns: toColumns(doc.tokens) }, clauses: { derived: true } }), { params });
    expect(encodeDocument(doc, { derivedClauses: true }).bytes.length).toBeLessThan(old.length);
  });

  it('reads only the article and text when that is all that is needed', () => {
    const doc = extracted();
    const encoded = encodeDocument(doc, { derivedClauses: true });
    expect(decodeArticleText(encoded.bytes, encoded.codec)).toEqual({ article: doc.article, text: doc.text });
  });

  it('refuses an unknown codec', () => {
    expect(() => decodeDocument(Buffer.from('{}'), 99)).toThrow(/codec 99/);
  });
});
