import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from 'node:zlib';
import type { Article, Clause, ReadoutDocument, Token } from '../document/schema.js';
import { analyseClauses } from '../stages/clauses/clauses-stage.js';
import { packColumns, packTokens, unpackColumns, type PackedColumns } from './packed-columns.js';
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
 */
export const CODEC_DEFLATE_JSON = 1;
export const CODEC_COMPACT = 2;
export const CODEC_PACKED = 3;

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

export function encodeDocument(doc: ReadoutDocument, options: EncodeOptions = {}): EncodedDocument {
  const derive = options.derivedClauses === true && doc.clauses.length > 0 && !doc.errors.some((e) => e.stage === 'clauses');
  const stored: Record<string, unknown> = {};
  for (const key of Object.keys(doc) as (keyof ReadoutDocument)[]) {
    if (key === 'clauses' && derive) stored[key] = { derived: true } satisfies DerivedLayer;
    else if (key === 'tokens') {
      const fast = packTokens(doc.tokens, doc.text);
      const columns = fast ? null : toColumns(doc.tokens);
      const packed = fast ?? (columns ? packColumns(columns, doc.text) : null);
      stored[key] = packed ? ({ packed } satisfies PackedLayer) : doc.tokens;
    } else stored[key] = doc[key];
  }
  const json = JSON.stringify(stored);
  const bytes = brotliCompressSync(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      [constants.BROTLI_PARAM_LGWIN]: 18, // a 256 KB window holds a whole document; the default 4 MB one costs time to set up
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  });
  return { codec: CODEC_PACKED, bytes };
}

function parse(bytes: Buffer, codec: number): Record<string, unknown> {
  if (codec === CODEC_DEFLATE_JSON) return JSON.parse(inflateRawSync(bytes).toString('utf8')) as Record<string, unknown>;
  if (codec === CODEC_COMPACT || codec === CODEC_PACKED) return JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as Record<string, unknown>;
  throw new Error(`unknown document codec ${codec}`);
}

/** The stored document, whole (derived layers recomputed). */
export function decodeDocument(bytes: Buffer, codec: number): ReadoutDocument {
  const doc = parse(bytes, codec);
  const tokens = doc.tokens as Token[] | ColumnLayer | PackedLayer;
  if (!Array.isArray(tokens)) doc.tokens = fromColumns('packed' in tokens ? unpackColumns(tokens.packed, doc.text as string) : tokens.columns);
  const clauses = doc.clauses as Clause[] | DerivedLayer;
  if (!Array.isArray(clauses)) doc.clauses = analyseClauses(doc as unknown as ReadoutDocument);
  return doc as unknown as ReadoutDocument;
}

/** Only the article record and text of a stored document (what re-extraction needs). */
export function decodeArticleText(bytes: Buffer, codec: number): { article: Article; text: string } {
  const doc = parse(bytes, codec);
  return { article: doc.article as Article, text: doc.text as string };
}
