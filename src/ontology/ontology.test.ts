import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../errors/readout-error.js';
import { parseCsv } from './csv.js';
import { dataDir } from './data-dir.js';
import { loadOntology, quadClassOfRoot } from './load-ontology.js';
import { ploverOf } from './ontology.js';

const ontology = loadOntology();

describe('ontology tables', () => {
  it('holds every CAMEO root 01..20 and about 300 codes', () => {
    for (let r = 1; r <= 20; r++) expect(ontology.cameo.has(String(r).padStart(2, '0'))).toBe(true);
    expect(ontology.cameo.size).toBeGreaterThanOrEqual(290);
  });

  it('gives every code a label, a Goldstein score in [-10, 10] and the quad class of its root', () => {
    for (const c of ontology.cameo.values()) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(Math.abs(c.goldstein)).toBeLessThanOrEqual(10);
      expect(c.quadClass).toBe(quadClassOfRoot(c.root));
      expect(c.code.startsWith(c.root)).toBe(true);
    }
    expect([quadClassOfRoot('05'), quadClassOfRoot('06'), quadClassOfRoot('13'), quadClassOfRoot('14')]).toEqual([1, 2, 3, 4]);
  });

  it('maps consultations, attacks and sanctions to PLOVER types and modes', () => {
    expect(ploverOf(ontology, '041')).toEqual({ type: 'CONSULT', mode: 'phone' });
    expect(ploverOf(ontology, '042')).toEqual({ type: 'CONSULT', mode: 'visit' });
    expect(ploverOf(ontology, '163')?.type).toBe('SANCTION');
    expect(ploverOf(ontology, '195')?.type).toBe('ASSAULT');
    expect(ploverOf(ontology, '1712')).toEqual({ type: 'COERCE', mode: 'seize' });
    expect(ploverOf(ontology, '1011')?.type).toBe('REQUEST');
    expect(ploverOf(ontology, '010')).toBeNull();
  });

  it('maps every code of roots 03-20 to a known PLOVER type with a mode of that type', () => {
    for (const c of ontology.cameo.values()) {
      const p = ploverOf(ontology, c.code);
      if (Number(c.root) >= 3) expect(p, c.code).not.toBeNull();
      if (p) {
        expect(ontology.plover.has(p.type)).toBe(true);
        if (p.mode) expect(ontology.plover.get(p.type)!.modes).toContain(p.mode);
      }
    }
  });

  it('reports the file and line of a bad row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontology-'));
    cpSync(join(dataDir(), 'ontology'), dir, { recursive: true });
    const file = join(dir, 'cameo-codes.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex((l) => l.startsWith('190,'));
    lines[i] = lines[i]!.replace(/,4$/, ',2');
    writeFileSync(file, lines.join('\n'));
    try {
      loadOntology(dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReadoutError);
      expect((e as ReadoutError).subject).toEqual({ input: file, line: i + 1 });
      expect((e as ReadoutError).message).toMatch(/quad class 2 does not follow root 19/);
    }
  });
});

describe('csv', () => {
  it('reads quoted fields with commas and doubled quotes, and skips comments', () => {
    const rows = parseCsv('# note\na,b\n"x, y","say ""hi"""\n\n1,2\n', 't.csv');
    expect(rows).toEqual([{ line: 3, values: { a: 'x, y', b: 'say "hi"' } }, { line: 5, values: { a: '1', b: '2' } }]);
  });
  it('rejects a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2,3\n', 't.csv')).toThrow(/expected 2 fields/);
  });
});
