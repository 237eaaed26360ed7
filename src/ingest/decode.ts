import { ReadoutError } from '../errors/readout-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text, refusing what is not an article: binary data (NUL bytes or many control
 * characters), invalid UTF-8, or nothing but whitespace. Strips a BOM and turns CRLF/CR into LF.
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new ReadoutError('INPUT_BINARY', 'contains NUL bytes', { input });
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new ReadoutError('INPUT_BINARY', `${control} control bytes in the first ${sample.length}`, { input });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ReadoutError('INPUT_ENCODING', `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`, { input });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = toLf(text);
  if (text.trim() === '') throw new ReadoutError('INPUT_EMPTY', 'no text', { input });
  return text;
}

/** CRLF and CR as LF (a text without CR, most of them, is returned as it is, without a regular expression's scan). */
export function toLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Offset of the first byte of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}
