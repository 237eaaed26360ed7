import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../../errors/readout-error.js';
import { defaultCuesPath, loadCues, parseCues } from './cues.js';

describe('quote cues file', () => {
  it('loads the shipped data/quotes/cues.yaml', () => {
    const cues = loadCues();
    expect(cues.reporting.has('say')).toBe(true);
    expect(cues.phrasal.get('point')?.has('out')).toBe(true);
    expect(cues.documents.has('readout')).toBe(true);
    expect(cues.channels.some((c) => c.slot === 'source')).toBe(true);
  });

  it('reports the line of an invalid entry', () => {
    const source = readFileSync(defaultCuesPath(), 'utf8').replace('  - point out\n', '  - point out now\n');
    const line = source.split('\n').indexOf('  - point out now') + 1;
    try {
      parseCues(source, 'cues.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReadoutError);
      expect((e as ReadoutError).code).toBe('KB_INVALID');
      expect((e as ReadoutError).subject).toEqual({ input: 'cues.yaml', line });
    }
  });

  it('rejects unknown keys and broken YAML', () => {
    expect(() => parseCues('reporting: [say]\nquoting: []\nphrasal: []\ndocuments: []\nreleasers: []\nchannels: []\nnotQuoteAfter: []\nextra: 1\n', 'x.yaml')).toThrow(/KB_INVALID|Unrecognized|extra/);
    expect(() => parseCues('reporting: [say\n', 'x.yaml')).toThrow(ReadoutError);
  });
});
