import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadoutDocument, ReadoutEvent } from '../../document/schema.js';
import { Extractor } from '../../extract/extractor.js';
import { parseText } from '../../ingest/parse-text.js';

const seed = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'examples', 'seed-article.txt');

describe.skipIf(!existsSync(seed))('events of the seed article (published 2024-12-30)', () => {
  let doc: ReadoutDocument;
  const country = (a: ReadoutEvent['source'] | null) => a?.actor?.slice(0, 3) ?? null;
  const find = (root: string, src: string, tgt: string | null) => doc.events.filter((e) => e.cameo.root === root && country(e.source) === src && country(e.target) === tgt && !e.negated);

  it('extracts the document', () => {
    const { article, text } = parseText(readFileSync(seed, 'utf8'), 'seed', {}, { maxBytes: 1e7, date: '2024-12-30' });
    doc = new Extractor().extract({ article, text });
    expect(doc.errors).toEqual([]);
  });

  it('codes the phone call Iraq -> Syria (041, CONSULT phone) on 2024-12-30, from the clause\'s "on Monday"', () => {
    const [call] = doc.events.filter((e) => e.cameo.code === '041' && e.source.actor === 'IRQGOV' && e.target?.actor === 'SYRGOV');
    expect(call).toBeDefined();
    expect(call!.plover).toEqual({ type: 'CONSULT', mode: 'phone' });
    expect([call!.date, call!.dateSource]).toEqual(['2024-12-30', 'time']);
    expect(doc.text.slice(call!.evidence[0]!.start, call!.evidence[0]!.end)).toContain('phone call');
  });

  it('codes the congratulations and the praise as 05x Iraq -> Syria / Iraq', () => {
    expect(find('05', 'IRQ', 'SYR').length).toBeGreaterThan(0);
    const praise = doc.events.find((e) => e.cameo.code === '051' && e.source.actor === 'IRQGOV' && e.target?.actor === 'IRQSPY');
    expect(praise?.modality).toBe('reported');
  });

  it('codes the wish to return the mission to Damascus as an intent (03x) Iraq -> Syria, told twice', () => {
    const [wish] = find('03', 'IRQ', 'SYR');
    expect(wish?.modality).toBe('intended');
    expect(wish!.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('codes Syria\'s readiness to coordinate with Iraq as an intent (03x) Syria -> Iraq', () => {
    const [ready] = find('03', 'SYR', 'IRQ');
    expect(ready?.plover?.type).toBe('AGREE');
    expect(doc.text.slice(ready!.evidence[0]!.start, ready!.evidence[0]!.end)).toContain('readiness');
  });

  it('codes the discussions and the visit of the intelligence chief (04x) Iraq -> Syria', () => {
    expect(doc.events.some((e) => e.cameo.code === '040' && e.source.actor === 'IRQSPY' && country(e.target) === 'SYR')).toBe(true);
    const visit = doc.events.find((e) => e.cameo.code === '042' && country(e.source) === 'IRQ' && country(e.target) === 'SYR');
    expect(visit?.plover).toEqual({ type: 'CONSULT', mode: 'visit' });
  });

  it('codes the rebel offensive (19x) by Hay\'at Tahrir al-Sham against the Assad rule it ended, dated by its end on 2024-12-08', () => {
    const offensive = doc.events.find((e) => e.cameo.root === '19' && e.source.actor?.startsWith('SYRREB'));
    expect(offensive?.date).toBe('2024-12-08');
    expect(offensive?.dateSource).toBe('time');
    expect(country(offensive!.target)).toBe('SYR');
  });

  it('dates the intelligence chief\'s visit to Damascus (042 Iraq -> Syria) by the sentence that tells it, "on December 26"', () => {
    const visits = doc.events.filter((e) => e.cameo.code === '042' && country(e.source) === 'IRQ' && country(e.target) === 'SYR');
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.map((v) => [v.date, v.dateSource])).toEqual(visits.map(() => ['2024-12-26', 'time']));
  });

  it('resolves "the two ministers discussed" to the two foreign ministers, both ways (Iraq GOV <-> Syria GOV)', () => {
    const discussed = doc.events.filter((e) => e.cameo.code === '040' && doc.text.slice(e.evidence[0]!.start, e.evidence[0]!.end).includes('discussed'));
    expect(discussed.map((e) => `${e.source.actor}>${e.target?.actor}`).sort()).toEqual(['IRQGOV>SYRGOV', 'SYRGOV>IRQGOV']);
  });

  it('codes no threat from "prevent them from threatening": a prevented act is nobody\'s event', () => {
    expect(doc.events.filter((e) => e.cameo.root === '13')).toEqual([]);
  });
});
