import { describe, expect, it } from 'vitest';
import type { Role } from '../../kb/kb-schemas.js';
import { createContext } from '../../pipeline/context.js';
import { entityWithMention, extractText } from '../../test-support/entities-of.js';
import { entryCode, roleAt } from './actor-code.js';

const assad: Role[] = [
  { country: 'SYR', sector: 'GOV', title: 'president', from: '2000-07-17', to: '2024-12-08' },
  { country: 'SYR', sector: 'ELI', title: 'former president', from: '2024-12-08', to: null },
];
const hussein: Role[] = [
  { country: 'IRQ', sector: 'GOV', title: 'finance minister', from: '2018-10-25', to: '2020-05-07' },
  { country: 'IRQ', sector: 'GOV', title: 'foreign minister', from: '2020-06-06', to: null },
  { country: 'IRQ', sector: 'GOV', title: 'deputy prime minister', from: '2022-10-27', to: null },
];

describe('roleAt', () => {
  it('codes Assad as government before 2024-12-08 and as a former leader after', () => {
    expect(roleAt(assad, '2024-12-07', null).role?.sector).toBe('GOV');
    expect(roleAt(assad, '2024-12-08', null).role?.sector).toBe('ELI');
    expect(roleAt(assad, '2024-12-30', null).role?.sector).toBe('ELI');
  });

  it('prefers the role the text names among roles held together', () => {
    expect(roleAt(hussein, '2024-12-30', 'iraqi foreign minister').role?.title).toBe('foreign minister');
    expect(roleAt(hussein, '2019-01-01', null).role?.title).toBe('finance minister');
  });

  it('turns the last ended role into a former (ELI) role', () => {
    const r = roleAt([{ country: 'IRQ', sector: 'GOV', title: 'president', from: '2014', to: '2018-10-02' }], '2020-01-01', null);
    expect(r).toMatchObject({ why: 'former', role: { sector: 'ELI', country: 'IRQ' } });
  });

  it('uses the latest role without a date and says so', () => {
    expect(roleAt(assad, null, null)).toMatchObject({ why: 'latest-role(no-date)', role: { sector: 'ELI' } });
  });

  it('has no role before the first one starts', () => {
    expect(roleAt(hussein, '2010-01-01', null).role).toBeNull();
  });

  it('takes the role a title names in an undated text, even a past one', () => {
    expect(roleAt(assad, null, 'president')).toMatchObject({ why: 'titled-role(no-date)', role: { sector: 'GOV' } });
  });
});

describe('entryCode', () => {
  const kb = createContext().kb;
  it('gives a person their country alone before their first role', () => {
    expect(entryCode(kb, kb.entries.get('bashar-al-assad')!, '1990-01-01', null)).toMatchObject({ actor: { code: 'SYR', country: 'SYR', sector: null }, why: 'before-roles;country' });
  });

  it('codes an organisation by the dated code that holds on the date, the latest without one', () => {
    const taliban = kb.entries.get('taliban')!;
    expect(entryCode(kb, taliban, '1999-06-01', null).actor?.code).toBe('AFGGOVTAL');
    expect(entryCode(kb, taliban, '2010-06-01', null).actor?.code).toBe('AFGREBTAL');
    expect(entryCode(kb, taliban, '2021-08-15', null).actor?.code).toBe('AFGGOVTAL');
    expect(entryCode(kb, taliban, null, null).actor?.code).toBe('AFGGOVTAL');
    const hts = kb.entries.get('hts')!;
    expect([entryCode(kb, hts, '2024-12-08', null).actor?.code, entryCode(kb, hts, '2025-03-01', null).actor?.code]).toEqual(['SYRREBHTS', 'SYRGOVHTS']);
  });

  it('gives a lone surname in a story about other countries the one namesake in office on the date, a proper noun only', () => {
    const doc = extractText('Ukraine and France signed a security deal on Monday. Putin warned the West against sending troops.', '2024-03-01');
    expect(entityWithMention(doc, 'Putin')).toMatchObject({ kb: 'vladimir-putin', actor: { code: 'RUSGOV' } });
    const so = extractText('Ukraine and France signed a security deal on Monday. So, the talks go on.', '2024-03-01');
    expect(so.entities.some((e) => e.mentions.some((m) => m.text === 'So'))).toBe(false);
  });

  it('codes a place of a state that became independent as the state it was part of before that day', () => {
    const entities = (text: string, date: string) => extractText(text, date).entities;
    const juba = (date: string) => entities('Fighting broke out in Juba on Monday.', date).find((e) => e.name === 'Juba');
    expect(juba('2005-03-07')).toMatchObject({ actor: { code: 'SDN', country: 'SDN' }, geo: { country: 'SDN' } });
    expect(juba('2011-07-11')).toMatchObject({ actor: { code: 'SSD', country: 'SSD' }, geo: { country: 'SSD' } });
    // the country's own name keeps its code
    expect(entities('South Sudan held talks on Monday.', '2005-03-07').find((e) => e.kb === 'country-ssd')?.actor?.code).toBe('SSD');
    expect(juba('2005-03-07')?.mentions[0]?.rule).toMatch(/part-of\(SDN until 2011-07-09\)/);
  });
});

describe('people in undated texts', () => {
  it('codes a known person named by surname with a bare title by their own role, not by context', () => {
    expect(entityWithMention(extractText('President Obama criticized the plan.', null), 'Obama')).toMatchObject({ kb: 'barack-obama', actor: { code: 'USAGOV' } });
    const abroad = extractText('Kenyan ministers met President Obama in Nairobi.', null);
    expect(entityWithMention(abroad, 'Obama')).toMatchObject({ kb: 'barack-obama', actor: { country: 'USA' } });
  });

  it('gives a surname shared by known persons of one country that country, with the title\'s sector', () => {
    const titled = entityWithMention(extractText('President Bush warned Cuba on Monday.', null), 'Bush');
    expect(titled).toMatchObject({ kb: null, actor: { code: 'USAGOV' } });
    expect(entityWithMention(extractText('Assad spoke on Monday.', null), 'Assad')?.actor).toMatchObject({ code: 'SYR', sector: null });
  });

  it('codes a historic leader whatever the article date, as a former leader after the role', () => {
    expect(entityWithMention(extractText('Ariel Sharon spoke.', null), 'Ariel Sharon')?.actor?.country).toBe('ISR');
    expect(entityWithMention(extractText('Ariel Sharon spoke.', '2003-05-01'), 'Ariel Sharon')?.actor?.code).toBe('ISRGOV');
    expect(entityWithMention(extractText('Ariel Sharon spoke.', '2024-05-01'), 'Ariel Sharon')?.actor?.code).toBe('ISRELI');
  });
});
