import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedParse } from './parse-cache.js';

describe('parse cache', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'readout-parse-cache-test-')), 'data.txt');
  const kind = `test-${process.pid}-${Date.now()}`;
  let calls = 0;
  const parse = () => { calls++; return { words: ['a', 'b'], n: calls }; };

  it('parses once, then answers from the cache while the file is unchanged', () => {
    writeFileSync(file, 'one');
    expect(cachedParse(kind, [file], parse)).toEqual({ words: ['a', 'b'], n: 1 });
    expect(cachedParse(kind, [file], parse)).toEqual({ words: ['a', 'b'], n: 1 });
    expect(calls).toBe(1);
  });

  it('parses again when a file changes', () => {
    writeFileSync(file, 'two, longer');
    expect(cachedParse(kind, [file], parse)).toEqual({ words: ['a', 'b'], n: 2 });
    expect(calls).toBe(2);
  });

  it('never caches a failed parse', () => {
    writeFileSync(file, 'three: bad');
    expect(() => cachedParse(kind, [file], () => { throw new Error('bad file'); })).toThrow('bad file');
    expect(cachedParse(kind, [file], parse)).toEqual({ words: ['a', 'b'], n: 3 });
  });

  it('parses without caching when a file is missing', () => {
    expect(() => cachedParse(kind, [`${file}.missing`], () => { throw new Error('missing'); })).toThrow('missing');
  });
});
