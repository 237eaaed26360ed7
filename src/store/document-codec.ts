import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from 'node:zlib';
import type { Article, Clause, ReadoutDocument, Token } from '../document/schema.js';
import { analyseClauses } from '../stages/clauses/clauses-stage.js';
import { packColumns, unpackColumns, type PackedColumns } from './packed-columns.js';
import { tokensFromBytes, tokensToBytes, type TokenBytes } from './token-bytes.js';
import { fromColumns, toColumns, type Columns } from './record-columns.js';

/**
 * How a stored document's bytes are encoded (`documents.codec`):
 * 1. the whole document as raw-deflated JSON (schema version 1);
 * 2. compact: brotli-compressed JSON in which the tokens are columns and, when the writer says the
 *    clauses are the clauses stage's own output, the clause analysis is left out and recomputed
 *    from the stored text, sentences and tokens on read (it is a pure function of them). About a
 *    fifth of the bytes of codec 1 and a quarter of its encoding time.
 * 3. as 2, with the token columns packed (packed-columns.ts: offsets as differences, lemmas that are
 *    the token's text as a mark, tags as a dictionary): less JSON to write and compress.
 * 4. as 3, with the tokens as bytes after the JSON (token-bytes.ts): brotli over the JSON's length
 *    (4 bytes, little-endian), the JSON, then the token bytes. Numbers written as bytes instead of
 *    JSON text: the cheapest part of the document to write. Tokens of another shape than the
 *    contract's are written as codec 3.
 */
export const CODEC_DEFLATE_JSON = 1;
export const CODEC_COMPACT = 2;
export const CODEC_PACKED = 3;
export const CODEC_TOKEN_BYTES = 4;

export interface EncodeOptions {
  /** The document's clauses are what `analyseClauses` gives for its sentences and tokens: store them as derived. */
  derivedClauses?: boolean;
}

export interface EncodedDocument {
  codec: number;
  bytes: Buffer;
}

/** What stands for a layer in codec 2 when it is not stored as a list. */
interface DerivedLayer { derived: true }
interface ColumnLayer { columns: Columns }
interface PackedLayer { packed: PackedColumns }
/** Codec 4's token layer: what the token bytes after the JSON need besides. */
interface BytesLayer { binary: Omit<TokenBytes, 'bytes'> }

export function encodeDocument(doc: ReadoutDocument, options: EncodeOptions = {}): EncodedDocument {
  const derive = options.derivedClauses === true && doc.clauses.length > 0 && !doc.errors.some((e) => e.stage === 'clauses');
  const tokenBytes = tokensToBytes(doc.tokens, doc.text);
  const stored: Record<string, unknown> = {};
  for (const key of Object.keys(doc) as (keyof ReadoutDocument)[]) {
    if (key === 'clauses' && derive) stored[key] = { derived: true } satisfies DerivedLayer;
    else if (key === 'tokens') {
      if (tokenBytes) stored[key] = { binary: { count: tokenBytes.count, tags: tokenBytes.tags, lemmas: tokenBytes.lemmas } } satisfies BytesLayer;
      else {
        const columns = toColumns(doc.tokens);
        const packed = columns ? packColumns(columns, doc.text) : null;
        stored[key] = packed ? ({ packed } satisfies PackedLayer) : doc.tokens;
      }
    } else stored[key] = doc[key];
  }
  const json = JSON.stringify(stored);
  if (!tokenBytes) return { codec: CODEC_PACKED, bytes: compress(json) };
  // room for the longest UTF-8 the JSON can take (3 bytes a UTF-16 unit), so that it is encoded in one pass, not measured first
  const whole = Buffer.allocUnsafe(4 + 3 * json.length + tokenBytes.bytes.length);
  const jsonLength = whole.write(json, 4);
  whole.writeUInt32LE(jsonLength, 0);
  whole.set(tokenBytes.bytes, 4 + jsonLength);
  return { codec: CODEC_TOKEN_BYTES, bytes: compress(whole.subarray(0, 4 + jsonLength + tokenBytes.bytes.length)) };
}

function compress(data: string | Buffer): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      [constants.BROTLI_PARAM_LGWIN]: 18, // a 256 KB window holds a whole document; the default 4 MB one costs time to set up
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** The stored JSON, and for codec 4 the token bytes after it. */
function parse(bytes: Buffer, codec: number): { doc: Record<string, unknown>; tail: Uint8Array | null } {
  if (codec === CODEC_DEFLATE_JSON) return { doc: JSON.parse(inflateRawSync(bytes).toString('utf8')) as Record<string, unknown>, tail: null };
  if (codec === CODEC_COMPACT || codec === CODEC_PACKED) return { doc: JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as Record<string, unknown>, tail: null };
  if (codec === CODEC_TOKEN_BYTES) {
    const whole = brotliDecompressSync(bytes);
    const jsonEnd = 4 + whole.readUInt32LE(0);
    return { doc: JSON.parse(whole.toString('utf8', 4, jsonEnd)) as Record<string, unknown>, tail: whole.subarray(jsonEnd) };
  }
  throw new Error(`unknown document codec ${codec}`);
}

/** The stored document, whole (derived layers recomputed). */
export function decodeDocument(bytes: Buffer, codec: number): ReadoutDocument {
  const { doc, tail } = parse(bytes, codec);
  const tokens = doc.tokens as Token[] | ColumnLayer | PackedLayer | BytesLayer;
  if ('binary' in tokens) doc.tokens = tokensFromBytes({ ...tokens.binary, bytes: tail! }, doc.text as string);
  else if (!Array.isArray(tokens)) doc.tokens = fromColumns('packed' in tokens ? unpackColumns(tokens.packed, doc.text as string) : tokens.columns);
  const clauses = doc.clauses as Clause[] | DerivedLayer;
  if (!Array.isArray(clauses)) doc.clauses = analyseClauses(doc as unknown as ReadoutDocument);
  return doc as unknown as ReadoutDocument;
}

/** Only the article record and text of a stored document (what re-extraction needs). */
export function decodeArticleText(bytes: Buffer, codec: number): { article: Article; text: string } {
  const { doc } = parse(bytes, codec);
  return { article: doc.article as Article, text: doc.text as string };
}
