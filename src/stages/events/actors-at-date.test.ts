import { describe, expect, it } from 'vitest';
import type { Entity, TimeExpr } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { extractText } from '../../test-support/entities-of.js';
import { actorOnDay, codingDay } from './actors-at-date.js';

const kb = createContext().kb;
const assad: Entity = { id: 'e1', name: 'Bashar al-Assad', type: 'PERSON', actor: { code: 'SYRELI', country: 'SYR', sector: 'ELI' }, kb: 'bashar-al-assad', geo: null, mentions: [] };
const doc = { entities: [assad], article: { published: '2024-12-30' } } as never;
const byId = new Map([['e1', assad]]);

describe('codingDay', () => {
  const time = (range: TimeExpr['range'], value: string | null): Map<string, TimeExpr> => new Map([['t1', { id: 't1', start: 0, end: 1, text: 'x', value, range, resolution: 'explicit', kind: 'date', reason: '', rule: 'test' } as TimeExpr]]);
  it('codes on the start of a range, else on the event day; not at all on the publication date', () => {
    expect(codingDay({ date: '2024-12-08', time: 't1', dateSource: 'time' }, time({ from: '2024-11-27', to: '2024-12-08' }, null))).toBe('2024-11-27');
    expect(codingDay({ date: '2024-12-01', time: 't1', dateSource: 'time' }, time(null, '2024-12-01'))).toBe('2024-12-01');
    expect(codingDay({ date: '2024-12-30', time: null, dateSource: 'published' }, new Map())).toBeNull();
  });
});

describe('actorOnDay', () => {
  it('recodes a person\'s role on the event day', () => {
    expect(actorOnDay({ entity: 'e1', actor: 'SYRELI' }, '2024-12-01', doc, kb, byId).actor).toBe('SYRGOV');
    expect(actorOnDay({ entity: 'e1', actor: 'SYRELI' }, '2024-12-20', doc, kb, byId).actor).toBe('SYRELI');
  });

  it('keeps a code the entry did not give (a title or the text gave it)', () => {
    const titled = { ...assad, actor: { code: 'SYRMIL', country: 'SYR', sector: 'MIL' } };
    expect(actorOnDay({ entity: 'e1', actor: 'SYRMIL' }, '2024-12-01', doc, kb, new Map([['e1', titled]])).actor).toBe('SYRMIL');
  });
});

describe('events coded on their own day', () => {
  it('codes a leader as in office for an event dated before his fall, in an article written after it', () => {
    const d = extractText('Turkish troops attacked forces of Bashar al-Assad on November 30, 2024. Bashar al-Assad later fled.', '2025-02-01');
    const attack = d.events.find((e) => e.cameo.root === '19' || e.cameo.root === '18');
    expect(attack?.date).toBe('2024-11-30');
    expect(attack?.target?.actor).toBe('SYRGOV');
    expect(d.entities.find((e) => e.kb === 'bashar-al-assad')?.actor?.code).toBe('SYRELI');
  });

  it('codes the Taliban by the years they governed', () => {
    const d = extractText('The Taliban attacked Kabul on May 3, 2015.', '2025-02-01');
    expect(d.events.find((e) => e.source.text.includes('Taliban'))?.source.actor).toBe('AFGREBTAL');
    expect(d.entities.find((e) => e.kb === 'taliban')?.actor?.code).toBe('AFGGOVTAL');
  });
});
