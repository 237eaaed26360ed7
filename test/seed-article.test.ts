import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/document/schema.js';
import { PROJECT_ROOT } from '../src/project-root.js';
import { extractText } from '../src/test-support/entities-of.js';

const SEED = join(PROJECT_ROOT, '..', 'shared', 'examples', 'seed-article.txt');

/** Issue 3, "Done when": every actor a reader sees in the seed article, one entity each, coded for 2024-12-30. */
describe.skipIf(!existsSync(SEED))('seed article (published 2024-12-30)', () => {
  const doc = existsSync(SEED) ? extractText(readFileSync(SEED, 'utf8'), '2024-12-30') : null;
  const withMention = (text: string): Entity[] => doc!.entities.filter((e) => e.mentions.some((m) => m.text === text));
  const one = (text: string): Entity => {
    const found = withMention(text);
    expect(found, `entities mentioned as "${text}"`).toHaveLength(1);
    return found[0]!;
  };

  it.each([
    ['Fuad Hussein', 'PERSON', 'IRQ', 'GOV'],
    ['Asaad Hassan al-Shibani', 'PERSON', 'SYR', 'GOV'],
    ['Ahmed al-Sharaa', 'PERSON', 'SYR', 'GOV'],
    ['Hamid al-Shatri', 'PERSON', 'IRQ', 'SPY'],
    ['Hay’at Tahrir al-Sham', 'ORG', 'SYR', 'REB'],
    ['Iraqi foreign ministry', 'ORG', 'IRQ', 'GOV'],
    ['Iraqi Intelligence Service', 'ORG', 'IRQ', 'SPY'],
    ['Al Arabiya', 'ORG', 'SAU', 'MED'],
    ['Baghdad', 'GPE', 'IRQ', 'GOV'],
  ])('%s is one %s entity coded %s %s', (text, type, country, sector) => {
    const e = one(text);
    expect(e.type).toBe(type);
    expect(e.actor).toMatchObject({ country, sector });
  });

  it('codes Bashar al-Assad, named only by surname, as Syria\'s former leader after 2024-12-08', () => {
    const assad = one('Assad');
    expect(assad.kb).toBe('bashar-al-assad');
    expect(assad.actor).toMatchObject({ country: 'SYR', sector: 'ELI' });
    expect(assad.mentions.filter((m) => m.text === 'Assad').length).toBeGreaterThanOrEqual(3);
  });

  it('merges every spelling of al-Shibani and the references to him into one entity', () => {
    const e = one('Asaad Hassan al-Shibani');
    const texts = e.mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Asaad Hassan al-Shibani', 'Al-Shibani', 'Al-Shaibani', 'al-Shaibani', 'Syrian Minister']));
    expect(withMention('Al-Shaibani')).toEqual([e]);
  });

  it('merges Hussein, Iraq\'s Hussein and Mr. Fuad Hussein', () => {
    const e = one('Fuad Hussein');
    expect(e.mentions.filter((m) => m.text === 'Hussein').length).toBe(2);
    expect(e.mentions.filter((m) => m.text === 'Fuad Hussein').length).toBe(2);
  });

  it('codes Sharaa by surname after "Syria\'s de facto ruler" as the same person', () => {
    expect(one('Sharaa')).toBe(one('Ahmed al-Sharaa'));
  });

  it('resolves "the two ministers" to Hussein and al-Shibani', () => {
    const group = one('two ministers');
    const ids = [one('Fuad Hussein').id, one('Asaad Hassan al-Shibani').id];
    expect([...(group.members ?? [])].sort()).toEqual(ids.sort());
  });

  it.each([
    ['ISIS', 'islamic-state', null],
    ['Iraq', 'country-irq', 'IRQ'],
    ['Syria', 'country-syr', 'SYR'],
    ['Damascus', 'city-syr-damascus', 'SYR'],
    ['Kurdistan Region of Iraq', 'kurdistan-region', 'IRQ'],
  ])('%s is one entity (%s)', (text, kb, country) => {
    const e = one(text);
    expect(e.kb).toBe(kb);
    expect(e.actor?.country ?? null).toBe(country);
  });

  it('resolves the dateline ERBIL to Erbil, Iraq, with coordinates', () => {
    const erbil = one('ERBIL');
    expect(doc!.article.dateline?.place).toBe(erbil.id);
    expect(erbil.geo).toMatchObject({ country: 'IRQ' });
    expect(erbil.geo!.lat).toBeCloseTo(36.19, 0);
  });

  it('has one entity per knowledge-base id', () => {
    const kbIds = doc!.entities.map((e) => e.kb).filter(Boolean);
    expect(new Set(kbIds).size).toBe(kbIds.length);
  });
});
