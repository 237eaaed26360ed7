import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { handDocument, type HandActor } from '../../test-support/hand-layers.js';
import { extractEvents } from './events-stage.js';
import { pronounKind } from './antecedents.js';

const ctx = createContext();
const IRQ: HandActor = { names: ['Iraq', 'Iraqi', 'Baghdad'], code: 'IRQ' };
const SYR: HandActor = { names: ['Syria', 'Syrian', 'Damascus'], code: 'SYR' };
const IRN: HandActor = { names: ['Iran'], code: 'IRN' };

function events(text: string, actors: HandActor[], quotes: Array<{ text: string; speaker: number | null }> = []): ReadoutEvent[] {
  const doc = handDocument(ctx, text, actors, { date: '2024-12-30', quotes });
  return extractEvents(doc, ctx);
}
const sources = (es: ReadoutEvent[]) => es.map((e) => `${e.cameo.code} ${e.source.text}=${e.source.actor}`);

describe('pronoun sources', () => {
  it('knows what each pronoun can stand for', () => {
    expect([pronounKind('He'), pronounKind('its'), pronounKind('them'), pronounKind('we'), pronounKind('the')]).toEqual(['person', 'thing', 'plural', null, null]);
  });

  it('takes the subject of the saying verb for "they" in what it reports, not a country named before', () => {
    const es = events('Pakistani officials said after talks with Iran that they arrested five militants in Quetta.',
      [IRN, { names: ['Pakistani officials'], code: 'PAKGOV', type: 'ORG' }, { names: ['Quetta'], code: 'PAK' }]);
    expect(sources(es.filter((e) => e.cameo.root === '17'))).toEqual(['173 they=PAKGOV']);
  });

  it('codes "they" by the place or group after a subject that names people ("Rebels in X said they")', () => {
    const es = events('Rebels in Mosul said they attacked a Syrian army post.', [{ names: ['Mosul'], code: 'IRQ' }, SYR]);
    expect(sources(es.filter((e) => e.cameo.root === '19'))).toEqual(['190 they=IRQ']);
    // a place after an object codes no antecedent: the nearer uncoded subject stops the pronoun
    const none = events('Officials met rebels in Mosul. They attacked a Syrian army post.', [{ names: ['Mosul'], code: 'IRQ' }, SYR]);
    expect(sources(none.filter((e) => e.cameo.root === '19'))).toEqual([]);
  });

  it('gives "he" the subject of the previous sentence before its object', () => {
    const es = events('Iraqi Prime Minister Ali Hamid met the Syrian envoy Omar Nabil in Baghdad. He condemned the attack on the embassy.',
      [{ names: ['Ali Hamid'], code: 'IRQGOV', type: 'PERSON' }, { names: ['Omar Nabil'], code: 'SYRGOV', type: 'PERSON' }, IRQ, SYR]);
    expect(sources(es.filter((e) => e.cameo.root === '11'))).toEqual(['111 He=IRQGOV']);
  });

  it('gives "it" the subject of the saying verb, not a group named nearer', () => {
    const es = events('Iraqi Prime Minister Ali Hamid met Syrian officials in Baghdad. Iran said after a call with Syrian officials that it condemned the strike.',
      [{ names: ['Syrian officials'], code: 'SYRGOV', type: 'ORG' }, { names: ['Ali Hamid'], code: 'IRQGOV', type: 'PERSON' }, IRQ, IRN]);
    expect(sources(es.filter((e) => e.cameo.root === '11'))).toEqual(['111 it=IRN']);
  });

  it('never gives an object pronoun the subject of its own clause', () => {
    const es = events('Iraqi Foreign Minister Ali Hamid on Monday called his Syrian counterpart Omar Nabil, congratulating him on his new post.',
      [{ names: ['Ali Hamid'], code: 'IRQGOV', type: 'PERSON' }, { names: ['Omar Nabil'], code: 'SYRGOV', type: 'PERSON' }, IRQ, SYR]);
    const praise = es.filter((e) => e.cameo.root === '05');
    expect(praise.map((e) => `${e.source.actor}>${e.target?.text}=${e.target?.actor}`)).toEqual(['IRQGOV>him=SYRGOV']);
  });

  it('never gives an object pronoun its clause\'s subject under another name (a country and its government)', () => {
    const IRQGOV: HandActor = { names: ['Iraqi officials'], code: 'IRQGOV', type: 'ORG' };
    // "them" can only be the Iraqi officials, who are Iraq: no antecedent, no event
    const es = events('Iraqi officials said that Iraq rejected them on Monday.', [IRQGOV, IRQ]);
    expect(es.filter((e) => e.cameo.root === '12')).toEqual([]);
    // someone else before them still can be
    const es2 = events('Syrian envoys met Iraqi officials, and Iraq rejected them on Monday.', [IRQGOV, IRQ, { names: ['Syrian envoys'], code: 'SYRGOV', type: 'ORG' }]);
    expect(es2.filter((e) => e.cameo.root === '12').map((e) => `${e.source.actor}>${e.target?.actor}`)).toEqual(['IRQ>SYRGOV']);
  });

  it('codes "their forces" with the country of what "their" stands for', () => {
    const es = events('Iraqi officials said on Tuesday that their forces had withdrawn from the Syrian border town.',
      [{ names: ['Iraqi officials'], code: 'IRQGOV', type: 'ORG' }, SYR]);
    expect(sources(es.filter((e) => e.cameo.root === '08'))).toEqual(['0874 their forces=IRQ']);
  });

  it('drops the event when the nearest agreeing phrase is no coded actor', () => {
    // "They" are the gunmen, who have no code: the capital named in between is not the attacker.
    expect(events('Gunmen stormed a hotel in Baghdad on Tuesday. They attacked a police station.', [IRQ])
      .filter((e) => e.source.text === 'They')).toEqual([]);
    // "It" is the summit, a thing.
    expect(events('Syria hosted Iraq on Monday. The summit ended early. It condemned the bombing.', [IRQ, SYR])
      .filter((e) => e.source.text === 'It')).toEqual([]);
  });

  it('inside a quote, looks only at quoted words and never at the quote\'s speaker', () => {
    const text = 'Syria deployed troops to the border on Monday. "They attacked our villages at night," the Iraqi minister Ali Hamid said.';
    const es = events(text, [SYR, { names: ['Ali Hamid'], code: 'IRQGOV', type: 'PERSON' }, IRQ], [{ text: '"They attacked our villages at night,"', speaker: 1 }]);
    expect(es.filter((e) => e.source.text === 'They')).toEqual([]);
  });

  it('gives a forward-pointing "it" no antecedent', () => {
    const es = events('Iraq summoned the Syrian ambassador on Monday. It was decided to expel two Syrian diplomats.', [IRQ, SYR]);
    expect(es.filter((e) => e.source.text === 'It')).toEqual([]);
    expect(events('Syria criticized Iraq on Monday. It was a mistake to support the rebels.', [IRQ, SYR]).filter((e) => e.source.text === 'It')).toEqual([]);
  });

  it('keeps an "it" that says what it will do', () => {
    for (const sentence of ['Syria said it is willing to withdraw its troops from Iraq.', 'Syria said it was prepared to expel the Iraqi ambassador.']) {
      const es = events(sentence, [IRQ, SYR]);
      expect(es.filter((e) => e.source.text === 'it').map((e) => e.source.actor)).toEqual(['SYR']);
    }
  });
});

describe('sources that name no country', () => {
  it('does not report an event whose source is a sector without a country ("GOV" for an unknown spokesperson)', () => {
    const doc = handDocument(ctx, 'Spokesperson Abdul Rahim said Iran must release the prisoners.', [IRN]);
    doc.entities.push({ id: 'n9', name: 'Abdul Rahim', type: 'PERSON', actor: { code: 'GOV', country: null, sector: 'GOV' }, kb: null, geo: null,
      mentions: [{ start: 13, end: 24, text: 'Abdul Rahim', rule: 'test' }] });
    expect(extractEvents(doc, ctx).map((e) => e.source.actor)).toEqual([]);
  });

  it('lets an unknown name stop "his" from reaching further back', () => {
    const es = events('Iraqi Prime Minister Ali Hamid spoke on Monday. Iran imposed sanctions on Dodik and his network on Tuesday.',
      [{ names: ['Ali Hamid'], code: 'IRQGOV', type: 'PERSON' }, IRQ, IRN]);
    expect(es.filter((e) => e.target?.text === 'his')).toEqual([]);
  });
});

describe('definite descriptions that refer back', () => {
  const IS: HandActor = { names: ['Islamic State'], code: 'IRQREB', type: 'ORG' };

  it('"the group" is the one armed group named before, and "it" after it is the group too', () => {
    const es = events('Fighters of the Islamic State attacked a checkpoint near Kirkuk on Monday. The group said it killed four soldiers.',
      [IS, { names: ['Kirkuk'], code: 'IRQ' }]);
    expect(sources(es.filter((e) => e.cameo.root === '19' && e.source.text === 'it'))).toEqual(['190 it=IRQREB']);
  });

  it('"the ministry" is the ministry named before, not the ambassador it summoned', () => {
    const es = events('The Iraqi Ministry of Foreign Affairs summoned the Turkish ambassador on Tuesday. The ministry condemned the strike.',
      [{ names: ['Iraqi Ministry of Foreign Affairs'], code: 'IRQGOV', type: 'ORG' }, { names: ['Turkish ambassador'], code: 'TURGOV', type: 'ORG' }]);
    expect(sources(es.filter((e) => e.cameo.code === '111'))).toEqual(['111 The ministry=IRQGOV']);
  });

  it('"the country" stays uncoded when a country adjective names another country nearby', () => {
    const es = events('Iran criticized Syria on Monday. Iraq warned that the Syrian law would divide the country.', [IRQ, SYR, IRN]);
    expect(es.filter((e) => e.target?.text === 'the country' || e.source.text === 'the country')).toEqual([]);
  });

  it('stays uncoded when two entities of its kind were named', () => {
    const es = events('The Islamic State and al-Nusra fought near Idlib on Monday. The group condemned the strike.',
      [IS, { names: ['al-Nusra'], code: 'SYRREB', type: 'ORG' }, { names: ['Idlib'], code: 'SYR' }]);
    expect(es.filter((e) => e.cameo.root === '11')).toEqual([]);
  });
});
