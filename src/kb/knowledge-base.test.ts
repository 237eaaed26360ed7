import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './knowledge-base.js';
import { nameWords } from './name-words.js';

const kb = loadKnowledgeBase();
const lookup = (name: string) => {
  const keys = nameWords(name).map((w) => w.key);
  const m = kb.names.matchAt(keys, 0).at(-1);
  return m && m[0] === keys.length ? m[1].map((p) => p.entry.id) : [];
};

describe('knowledge base', () => {
  it('has every country of world-countries with demonyms and capitals', () => {
    expect(kb.countries.size).toBeGreaterThanOrEqual(250);
    expect(lookup('Iraq')).toContain('country-irq');
    expect(lookup('Iraqi')).toContain('demonym-irq');
    expect(lookup('Kazakh')).toContain('demonym-kaz');
    expect(lookup('Baghdad')).toContain('city-irq-baghdad');
  });

  it('gives a demonym two countries share to the country its ambiguous entry names ("Congolese": DR Congo)', () => {
    expect(lookup('Congolese')).toContain('demonym-cod');
    expect(lookup('Congolese')).not.toContain('demonym-cog');
  });

  it('finds people, organisations and places through spelling variants', () => {
    expect(lookup('Asaad Hassan al-Shibani')).toEqual(['asaad-al-shibani']);
    expect(lookup('Asaad Hassan Al-Shaibani')).toEqual(['asaad-al-shibani']);
    expect(lookup('Daesh')).toEqual(['islamic-state']);
    expect(lookup('Irbil')).toContain('city-irq-erbil');
    expect(lookup('Kiev')[0]).toMatch(/^city-ukr-/);
  });

  it('indexes persons by surname', () => {
    expect(kb.surnames.get(nameWords('Sharaa')[0]!.key)?.map((e) => e.id)).toContain('ahmed-al-sharaa');
  });

  it('takes no father name after bin/ibn for a surname', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-kb-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'mine.yaml'), [
      '- id: khalid-bin-rashid',
      '  name: Khalid bin Rashid',
      '  roles: [{ country: QAT, sector: GOV, title: minister, from: 2020-01-01, to: null }]',
      '- id: omar-haddad',
      '  name: Omar ibn Yusuf Haddad',
      '  roles: [{ country: QAT, sector: GOV, title: minister, from: 2020-01-01, to: null }]',
    ].join('\n'));
    const mine = loadKnowledgeBase({ dirs: [dir] });
    const ids = (w: string) => (mine.surnames.get(nameWords(w)[0]!.key) ?? []).map((e) => e.id);
    expect(ids('Rashid')).not.toContain('khalid-bin-rashid');
    expect(ids('Haddad')).toContain('omar-haddad');
    expect(mine.entries.has('abdullah-ii')).toBe(true);
    expect(ids('Hussein')).not.toContain('abdullah-ii');
  });

  it('adds a user folder whose entries win on equal ids, and reports bad files with their line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-kb-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'mine.yaml'), [
      '- id: fuad-hussein',
      '  name: Fuad Hussein',
      '  roles: [{ country: IRQ, sector: ELI, title: retired diplomat, from: 2020-01-01, to: null }]',
      '- id: jane-analyst',
      '  name: Janet Q. Analyst',
      '  roles: [{ country: NZL, sector: EDU, title: professor, from: 2001, to: null }]',
    ].join('\n'));
    const mine = loadKnowledgeBase({ dirs: [dir] });
    expect(mine.entries.get('fuad-hussein')?.roles?.[0]?.sector).toBe('ELI');
    expect(mine.entries.get('jane-analyst')?.name).toBe('Janet Q. Analyst');
    writeFileSync(join(dir, 'people', 'broken.yaml'), '- id: x\n  name: X\n  roles: []\n');
    expect(() => loadKnowledgeBase({ dirs: [dir] })).toThrow(expect.objectContaining({ code: 'KB_INVALID', subject: expect.objectContaining({ line: 3 }) }));
  });
});
