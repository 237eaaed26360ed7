import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/context.js';
import { codedEvents, handActor } from '../../test-support/coded-events.js';
import { looksLikeActor } from './event-roles.js';
import { extractEvents } from './events-stage.js';
import { handDocument } from '../../test-support/hand-layers.js';

// Targets that are the source's own people (lexicon `homeNouns`), coded with the sector their role gives.
const ctx = createContext();
const KEN = handActor(['Kenya', 'Kenyan'], 'KEN');
const KENGOV = handActor(['the Kenyan president', 'President Ruto'], 'KENGOV');
const SOM = handActor(['Somalia', 'Somali'], 'SOM');

describe('acts aimed at a country\'s own people', () => {
  it('an appeal to civilians or the population with no country named is aimed at the source\'s own civilians', () => {
    expect(codedEvents(ctx, 'Kenya is pleading with civilians to return to their villages.', [KEN])).toEqual(['020 REQUEST KEN>KENCVL']);
    expect(codedEvents(ctx, 'President Ruto urged the population to remain calm.', [KENGOV])).toEqual(['020 REQUEST KENGOV>KENCVL']);
  });

  it('an order to its own military is aimed at that military', () => {
    expect(codedEvents(ctx, 'The government of Kenya has ordered its military to seal the border.', [KEN])).toContain('100 REQUEST KEN>KENMIL');
  });

  it('an order to schools with no country named is aimed at the source\'s own country (no sector from the words before the head)', () => {
    expect(codedEvents(ctx, 'The Kenyan High Court ordered all public schools to admit the students.', [handActor(['Kenyan High Court'], 'KENJUD')])).toEqual(['100 REQUEST KENJUD>KEN']);
  });

  it('people whose country is named keep it; words that are not home nouns stay uncoded', () => {
    expect(codedEvents(ctx, 'President Ruto urged Somali civilians to leave the camp.', [KENGOV, SOM])).toEqual(['020 REQUEST KENGOV>SOM']);
    expect(codedEvents(ctx, 'President Ruto urged the parties to return to talks.', [KENGOV]).join(' ')).not.toMatch(/KENGOV>KEN/);
  });
});

describe('people from elsewhere', () => {
  it('"foreign forces", "international monitors" with no country named are not the source\'s own', () => {
    expect(codedEvents(ctx, 'Kenyan troops attacked foreign forces on Monday.', [handActor(['Kenyan troops'], 'KENMIL')])).toEqual(['190 ASSAULT KENMIL>-']);
    expect(codedEvents(ctx, 'Somalia threatened to expel international monitors.', [SOM])).toEqual(['131 THREATEN SOM>-']);
  });

  it('the source\'s own people stay its own', () => {
    expect(codedEvents(ctx, 'Somalia threatened to expel the monitors.', [SOM])).toEqual([]);
  });
});

describe('wrappers', () => {
  it('an act told in the past after a naming verb is not what the verb urges ("what it called workers held in prisons")', () => {
    const events = codedEvents(ctx, 'Somalia demanded the release of what it called Kenyan workers held in prisons.', [KEN, SOM]);
    expect(events.map((e) => e.slice(0, 3))).toEqual(['105']);
  });
});

describe('accusations', () => {
  it('an accusation that another actor rejects was aimed at that actor', () => {
    expect(codedEvents(ctx, 'Somalia has rejected Kenya\'s allegation that the attack was planned on its soil.', [KEN, SOM])).toContain('112 ACCUSE KEN>SOM');
    expect(codedEvents(ctx, 'Somalia rejected the allegations made by Kenya.', [KEN, SOM])).toContain('112 ACCUSE KEN>SOM');
  });

  it('every act of a list alleged after "accused ... of" is alleged, none is the accuser\'s', () => {
    const events = codedEvents(ctx, 'Kenya accused the rebel group of killing, maiming, raping and looting.', [KEN]);
    expect(events.filter((e) => /^1[89]/.test(e))).toEqual([]);
  });
});

describe('statements', () => {
  it('a warning that another actor\'s acts will do harm is a comment on that actor; one about oneself names no target', () => {
    expect(codedEvents(ctx, 'Kenya warned that the Somali government\'s plan would divide the region.', [KEN, SOM])).toEqual(['012 - KEN>SOM']);
    expect(codedEvents(ctx, 'Kenya warned that Kenyan farmers would suffer.', [KEN, SOM])).toEqual(['012 - KEN>-']);
  });

  it('concern over events in a country is a comment on that country', () => {
    expect(codedEvents(ctx, 'Kenya has voiced concern over the violence in Somalia.', [KEN, SOM])).toEqual(['012 - KEN>SOM']);
  });
});

describe('people acted upon by force', () => {
  it('are coded with their own country and the sector of their role', () => {
    expect(codedEvents(ctx, 'Kenyan forces killed 33 terrorists on Monday.', [KEN])).toEqual(['190 ASSAULT KEN>KENREB']);
    expect(codedEvents(ctx, 'Kenyan police fired tear gas at protesters in Nairobi.', [KEN, handActor(['Nairobi'], 'KEN')]).map((e) => e.split(' ').at(-1))).toEqual(['KEN>KENOPP']);
  });

  it('attackers and assailants are an armed group, not their country ("killed all six attackers")', () => {
    expect(codedEvents(ctx, 'Kenyan forces killed all six attackers on Monday.', [KEN])).toEqual(['190 ASSAULT KEN>KENREB']);
    expect(codedEvents(ctx, 'Kenyan police arrested two assailants on Monday.', [KEN]).map((e) => e.split(' ').at(-1))).toEqual(['KEN>KENREB']);
  });
});

describe('venues', () => {
  const GENEVA = { names: ['Geneva'], code: 'CHE', type: 'GPE' as const, geo: { lat: 46.2, lon: 6.1, country: 'CHE', feature: 'city' } };
  const SWISS = { names: ['Switzerland', 'Swiss'], code: 'CHE', type: 'GPE' as const, geo: { lat: 46.8, lon: 8.2, country: 'CHE', feature: 'country' } };
  it('a city before a meeting noun hosts the talks; it does not hold them', () => {
    expect(codedEvents(ctx, 'The Geneva talks with Somalia ended on Friday.', [SOM, GENEVA])).toEqual([]);
    expect(codedEvents(ctx, 'Kenya opened the Geneva talks with Somalia.', [KEN, SOM, GENEVA])).toEqual(['040 CONSULT KEN>SOM']);
  });

  it('a country before the noun is still a party, and a city still acts through its own people', () => {
    expect(codedEvents(ctx, 'The Swiss talks with Somalia ended on Friday.', [SOM, SWISS])).toEqual(['040 CONSULT CHE>SOM']);
    expect(codedEvents(ctx, 'Geneva police attacked protesters.', [GENEVA])).toEqual(['190 ASSAULT CHE>CHEOPP']);
  });
});

describe('a city that names a thing', () => {
  const city = (names: string[], country: string) => ({ names, code: country, geo: { lat: 0, lon: 0, country, feature: 'capital' } });
  const LUSAKA = city(['Lusaka'], 'ZMB');

  it('"the Lusaka agreement", "the Lusaka peace accords" name where they were signed, not a party', () => {
    expect(codedEvents(ctx, 'Kenya urged that the Lusaka agreement be implemented.', [KEN, LUSAKA]).join(' ')).not.toMatch(/ZMB/);
    expect(codedEvents(ctx, 'Kenya praised the Lusaka peace accords.', [KEN, LUSAKA]).join(' ')).not.toMatch(/ZMB/);
  });

  it('"the Lusaka attack" names where it happened, not who attacked', () => {
    expect(codedEvents(ctx, 'Kenya responded to the Lusaka attack with new patrols.', [KEN, LUSAKA]).join(' ')).not.toMatch(/ZMB>/);
    expect(codedEvents(ctx, 'Somali forces launched an attack on Kismayo.', [handActor(['Somali forces'], 'SOMMIL')]).map((e) => e.slice(0, 19))).toEqual(['190 ASSAULT SOMMIL>']);
  });

  it('the city elsewhere, and a country before such a noun, are still actors', () => {
    expect(codedEvents(ctx, 'Kenya signed a deal with Lusaka.', [KEN, LUSAKA])).toEqual(['057 SUPPORT KEN>ZMB']);
    expect(codedEvents(ctx, 'Kenya praised the Somalia deal.', [KEN, SOM])).toEqual(['051 SUPPORT KEN>SOM']);
  });
});

describe('a thing between two sides', () => {
  const ETH = handActor(['Ethiopia'], 'ETH');

  it('a third party acting on "a deal between X and Y" acts on both', () => {
    expect(codedEvents(ctx, 'Kenya would support a planned deal between Somalia and Ethiopia.', [KEN, SOM, ETH]).map((e) => e.split(' ').at(-1))).toEqual(['KEN>SOM', 'KEN>ETH']);
  });

  it('one of the sides urging an end to "the row between X and Y" names no target', () => {
    expect(codedEvents(ctx, 'President Ruto urged an end to the row between Kenya and Somalia.', [KENGOV, KEN, SOM]).map((e) => e.split(' ').at(-1))).toEqual(['KENGOV>-']);
  });
});

describe('people placed by the phrase after them', () => {
  it('"militants based in Somalia", "militants present on Somali soil" are Somali rebels, not Somalia', () => {
    expect(codedEvents(ctx, 'Kenya blamed the attacks on militants based in Somalia.', [KEN, SOM])).toEqual(['112 ACCUSE KEN>SOMREB']);
    expect(codedEvents(ctx, 'Kenya has blamed recent attacks on militants present on Somali soil.', [KEN, SOM])).toEqual(['112 ACCUSE KEN>SOMREB']);
  });
});

describe('an event noun acting on the object of its verb', () => {
  const SOMALIA = { names: ['Somalia', 'Somali'], code: 'SOM', geo: { lat: 0, lon: 0, country: 'SOM', feature: 'country' } };
  const SHB = handActor(['al-Shabab'], 'SOMREBSHB');

  it('an offensive launched in a place that pushed a group out is aimed at the group, not the place', () => {
    expect(codedEvents(ctx, 'An offensive launched by Kenyan forces in Somalia last week pushed al-Shabab out of the town.', [KEN, SOMALIA, SHB])).toEqual(['190 ASSAULT KEN>SOMREBSHB']);
  });

  it('an offensive in a place that acted on nobody named is aimed at the place', () => {
    expect(codedEvents(ctx, 'An offensive launched by Kenyan forces in Somalia last week met with success.', [KEN, SOMALIA, SHB])).toEqual(['190 ASSAULT KEN>SOM']);
  });
});

describe('a thing owned by a back-reference', () => {
  const SHB = handActor(['Al-Shabab'], 'SOMREB');
  const KENMIL = handActor(['Kenyan troops'], 'KENMIL');

  it('"the group\'s weapons" belong to the one armed group named just before', () => {
    expect(codedEvents(ctx, 'Al-Shabab attacked a base on Sunday. Kenyan troops seized the group\'s weapons on Monday.', [SHB, KENMIL]).filter((e) => e.startsWith('17'))).toEqual(['1711 COERCE KENMIL>SOMREB']);
  });

  it('"the country\'s ability" of the source itself is no target: a comment on oneself is not reported', () => {
    expect(codedEvents(ctx, 'Kenya went on high alert on Friday, raising concerns about the country\'s ability to contain the outbreak.', [KEN]).filter((e) => e.startsWith('01'))).toEqual([]);
  });
});

describe('a word for people before a thing', () => {
  it('is that thing\'s modifier: the phrase names no actor ("community development projects", "police stations")', () => {
    expect(looksLikeActor('several community development projects', ctx.patterns)).toBe(false);
    expect(looksLikeActor('two police stations', ctx.patterns)).toBe(false);
    expect(looksLikeActor('the military drills', ctx.patterns)).toBe(false);
  });

  it('keeps actors named by their head, a plural, an owner, a home noun or a participle after them', () => {
    expect(looksLikeActor('government forces', ctx.patterns)).toBe(true);
    expect(looksLikeActor('militants present', ctx.patterns)).toBe(true);
    expect(looksLikeActor("the country's leaders", ctx.patterns)).toBe(true);
    expect(looksLikeActor("the country's ability", ctx.patterns)).toBe(true);
    expect(looksLikeActor('all public schools', ctx.patterns)).toBe(true);
    expect(looksLikeActor('a terrorist cell', ctx.patterns)).toBe(true);
    expect(looksLikeActor('a protester holding a flag', ctx.patterns)).toBe(true);
  });

  it('so a warning about such a thing is aimed at the sides its between-phrase names', () => {
    const RUS = handActor(['Russia'], 'RUS');
    const IRN = handActor(['Iran'], 'IRN');
    expect(codedEvents(ctx, 'Kenya warned on Friday that growing military cooperation between Russia and Iran is dangerous.', [KEN, RUS, IRN]).sort()).toEqual(['012 - KEN>IRN', '012 - KEN>RUS']);
    // a warning about the source itself still names no target
    expect(codedEvents(ctx, 'Kenya warned on Friday that it would retaliate.', [KEN])).toEqual(['012 - KEN>-']);
  });
});

describe('a site', () => {
  it('names a place, not an actor, unless a word of it names people', () => {
    expect(looksLikeActor('Lido beach', ctx.patterns)).toBe(false);
    expect(looksLikeActor('Tahrir Square', ctx.patterns)).toBe(false);
    expect(looksLikeActor('the Bakara market', ctx.patterns)).toBe(false);
    expect(looksLikeActor('Lido residents', ctx.patterns)).toBe(true);
    expect(looksLikeActor('the Square Council', ctx.patterns)).toBe(true);
    const SHB = handActor(['Shabab'], 'SOMREBSHB');
    expect(codedEvents(ctx, 'Shabab claimed responsibility for the attack on Lido beach on Friday.', [SHB]).filter((e) => e.startsWith('015'))).toEqual(['015 - SOMREBSHB>-']);
  });
});

describe('a thing described by an -ing form', () => {
  it('is aimed at the coded object of the -ing form glued to it ("staged drills encircling X")', () => {
    const CHL = handActor(['Chile'], 'CHL');
    const PER = handActor(['Peru'], 'PER');
    expect(codedEvents(ctx, 'Chile staged military drills encircling Peru on Friday.', [CHL, PER])).toContain('150 MOBILIZE CHL>PER');
    // (not past a comma: the -ing form then tells what the source did)
    expect(codedEvents(ctx, 'Chile staged military drills on Friday, angering Peru.', [CHL, PER]).filter((e) => e.startsWith('150'))).toEqual(['150 MOBILIZE CHL>-']);
  });
});

describe('people the knowledge base does not code', () => {
  const court = handActor(['A Bosnian court'], 'BIHJUD');
  it('a named person is whom the act is done to, even uncoded ("sentenced Dodik")', () => {
    const dodik = { ...handActor(['Dodik'], ''), type: 'PERSON' as const };
    const doc = handDocument(ctx, 'A Bosnian court sentenced Dodik to one year in prison.', [court, dodik], { date: '2025-03-01' });
    const events = extractEvents(doc, ctx);
    expect(events.map((e) => `${e.cameo.code} ${e.target?.text ?? '-'}`)).toEqual(['116 Dodik']);
  });

  it('an uncoded name that is only part of a phrase is not the target ("in the Middle Shabelle region")', () => {
    const army = handActor(['the Somali army'], 'SOMMIL');
    const shabelle = { ...handActor(['Middle Shabelle'], ''), type: 'PERSON' as const };
    const events = extractEvents(handDocument(ctx, 'Airstrikes by the Somali army in the Middle Shabelle region killed 50 al-Shabab militants.', [army, shabelle, handActor(['al-Shabab'], 'SOMREBSHB')], { date: '2025-03-01' }), ctx);
    expect(events.map((e) => e.target?.text ?? '-')).not.toContain('Middle Shabelle');
  });
});

describe('a state\'s coercion with nobody named', () => {
  it('is done to its own country ("suspended parts of the constitution", "banned the newspaper")', () => {
    expect(codedEvents(ctx, 'The Kenyan government suspended parts of the constitution on Saturday.', [handActor(['The Kenyan government'], 'KENGOV')])).toEqual(['172 COERCE KENGOV>KEN']);
    expect(codedEvents(ctx, 'Kenyan police banned the newspaper on Monday.', [handActor(['Kenyan police'], 'KENCOP')]).map((e) => e.split(' ')[2])).toEqual(['KENCOP>KEN']);
  });

  it('not an armed group\'s: rebels who ban a newspaper do not coerce the country', () => {
    expect(codedEvents(ctx, 'The rebels banned the newspaper on Monday.', [handActor(['The rebels'], 'KENREB')]).map((e) => e.split(' ')[2])).toEqual(['KENREB>-']);
  });
});
