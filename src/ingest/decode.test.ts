import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('strips a BOM and normalises line ends', () => {
    expect(decodeText(enc('\ufeffa\r\nb\rc'), 'x')).toBe('a\nb\nc');
  });
  it('refuses empty and whitespace-only input', () => {
    expect(() => decodeText(enc(''), 'x')).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
    expect(() => decodeText(enc(' \n\t '), 'x')).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
  });
  it('refuses binary input', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'x')).toThrow(expect.objectContaining({ code: 'INPUT_BINARY' }));
    expect(() => decodeText(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65))), 'x')).toThrow(
      expect.objectContaining({ code: 'INPUT_BINARY' }),
    );
  });
  it('refuses invalid UTF-8 and says where', () => {
    const bytes = new Uint8Array([...enc('Damascus '), 0xc3, 0x28, ...enc(' more')]);
    expect(() => decodeText(bytes, 'x')).toThrow(expect.objectContaining({ code: 'INPUT_ENCODING', message: expect.stringContaining('byte 9') }));
  });
  it('keeps curly quotes and Unicode apostrophes', () => {
    expect(decodeText(enc('Hay’at “said”'), 'x')).toBe('Hay’at “said”');
  });
});
