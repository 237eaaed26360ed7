import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReadoutError } from '../../../errors/readout-error.js';
import { createContext } from '../../../pipeline/context.js';
import { loadPatterns } from './load-patterns.js';

const { ontology } = createContext();

function userFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-patterns-'));
  writeFileSync(join(dir, 'mine.yaml'), yaml);
  return dir;
}

describe('loadPatterns: lexicon', () => {
  it('adds a user file\'s dyadic roots to the bundled ones', () => {
    const set = loadPatterns(ontology, [userFile("lexicon:\n  dyadicRoots: ['19']\n")]);
    expect(set.dyadicRoots.has('19')).toBe(true);
    expect(set.dyadicRoots.has('04')).toBe(true);
  });

  it('loads the screening words and lets a user add to them', () => {
    const set = loadPatterns(ontology, [userFile("lexicon:\n  carryingVerbs: [proceed]\n  domesticRoots: ['19']\n")]);
    expect(set.carryingVerbs.has('continue')).toBe(true);
    expect(set.carryingVerbs.has('proceed')).toBe(true);
    expect(set.backgroundPreps.has('under')).toBe(true);
    expect(set.domesticRoots.has('19')).toBe(true);
  });

  it('refuses a dyadic root that CAMEO does not have, naming the file', () => {
    const dir = userFile("lexicon:\n  dyadicRoots: ['99']\n");
    try {
      loadPatterns(ontology, [dir]);
      expect.unreachable('a bad root must not load');
    } catch (e) {
      expect(isReadoutError(e) && e.code).toBe('KB_INVALID');
      expect(String((e as Error).message)).toContain('99');
    }
  });
});
