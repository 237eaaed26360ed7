import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { eventSummary as summary, handEvents } from '../../test-support/hand-events.js';
import type { HandActor } from '../../test-support/hand-layers.js';

const ctx = createContext();
const IRQ: HandActor = { names: ['Iraq', 'Iraqi'], code: 'IRQ' };
const SYR: HandActor = { names: ['Syria', 'Syrian', 'Damascus'], code: 'SYR' };

const events = (text: string, actors: HandActor[], opts: Parameters<typeof handEvents>[3] = {}): ReadoutEvent[] => handEvents(ctx, text, actors, opts);
const dyad = (e: ReadoutEvent) => `${e.source.actor}>${e.target?.actor ?? '-'}`;

describe('events: source and target', () => {
  it('codes a phone call with a counterpart as CONSULT phone, dated from the clause time', () => {
    const es = events('Iraqi Foreign Minister Fuad Hussein on Monday held a phone call with his new Syrian counterpart Asaad Hassan al-Shibani.',
      [{ names: ['Fuad Hussein'], code: 'IRQGOV', type: 'PERSON' }, { names: ['Asaad Hassan al-Shibani'], code: 'SYRGOV', type: 'PERSON' }, IRQ, SYR],
      { times: [{ text: 'Monday', value: '2024-12-30' }] });
    expect(summary(es)).toEqual(['041 IRQGOV>SYRGOV']);
    expect(es[0]!.plover).toEqual({ type: 'CONSULT', mode: 'phone' });
    expect([es[0]!.date, es[0]!.dateSource, es[0]!.time]).toEqual(['2024-12-30', 'time', 't1']);
  });

  it('falls back to the publication date and says so', () => {
    const [e] = events('Turkish warplanes struck Kurdish positions in Iraq.', [{ names: ['Turkish'], code: 'TURMIL' }, { names: ['Kurdish'], code: 'KURREB' }, IRQ]);
    expect([e!.cameo.code, dyad(e!), e!.date, e!.dateSource]).toEqual(['190', 'TURMIL>KURREB', '2024-12-30', 'published']);
  });

  it('takes the passive by-agent as source and the subject as target', () => {
    const es = events('The Iraqi embassy was attacked by ISIS fighters on Sunday.', [{ names: ['ISIS'], code: 'IMGREB' }, IRQ]);
    expect(summary(es)).toEqual(['190 IMGREB>IRQ']);
  });

  it('codes coordinated actors of a reciprocal event both ways', () => {
    const es = events('Iraq and Syria agreed to cooperate against ISIS.', [IRQ, SYR, { names: ['ISIS'], code: 'IMGREB' }]);
    expect(summary(es).sort()).toEqual(['031 IRQ>SYR', '031 SYR>IRQ']);
    expect(es.every((e) => e.modality === 'intended')).toBe(true);
  });

  it('gives one event per coordinated target', () => {
    expect(summary(events('The European Union imposed sanctions on Iran and Russia.', [{ names: ['European Union'], code: 'IGOEU' }, { names: ['Iran'], code: 'IRN' }, { names: ['Russia'], code: 'RUS' }])))
      .toEqual(['163 IGOEU>IRN', '163 IGOEU>RUS']);
  });

  it('finds the source of a nominal event from its possessor and the place it visits as target', () => {
    const es = events("The Iraqi delegation's visit to Damascus ended on Thursday.", [IRQ, SYR]);
    expect(summary(es)).toEqual(['042 IRQ>SYR']);
  });

  it('lets a possessor with "readiness to" be the source (For his part, X stressed Y\'s readiness ...)', () => {
    const es = events("For his part, Minister al-Shaibani stressed the Syrian side's readiness to fully coordinate with Iraq.", [{ names: ['al-Shibani', 'al-Shaibani'], code: 'SYRGOV', type: 'PERSON' }, IRQ, SYR]);
    expect(summary(es)).toEqual(['031 SYR>IRQ']);
    expect(es[0]!.plover?.type).toBe('AGREE');
  });

  it('lets a country adjective name the actor of an actor noun, each part of a coordination ("Danish and Polish officials")', () => {
    const es = events('Senior Danish and Polish officials agreed on Monday to share data.', [], { times: [{ text: 'Monday', value: '2024-12-23' }] });
    expect(summary(es).sort()).toEqual(['031 DNK>POL', '031 POL>DNK']);
    // The complement takes the date of the verb it hangs on.
    expect(es.map((e) => [e.date, e.dateSource])).toEqual([['2024-12-23', 'time'], ['2024-12-23', 'time']]);
  });

  it('finds the target inside a noun phrase that holds a country adjective ("a Peruvian request")', () => {
    expect(summary(events('Chile rejected a Peruvian request for new talks.', [{ names: ['Chile'], code: 'CHL' }]))).toEqual(['120 CHL>PER']);
  });

  it('does not take a country adjective before a thing as the source ("Chilean copper")', () => {
    expect(summary(events('Chilean copper exports rejected the new rules.', [])).length).toBe(0);
  });

  it('gives an uncoded actor noun the country of the place after it ("Protesters in Lima")', () => {
    const es = events('Protesters in Lima blocked the main highway on Sunday.', [{ names: ['Lima'], code: 'PERGOV', geo: { lat: -12, lon: -77, country: 'PER', feature: 'city' } }]);
    expect(es.map((e) => [e.cameo.root, e.source.actor, e.source.text])).toEqual([['14', 'PER', 'Protesters in Lima']]);
  });

  it('gives an uncoded actor noun what an of/from phrase after it belongs to: an organisation, a country adjective, a place throughout', () => {
    const PER: HandActor = { names: ['Peru'], code: 'PER', geo: { lat: -10, lon: -76, country: 'PER', feature: 'country' } };
    const es = events('Activists from the Andean Workers Party blocked the main highway.', [{ names: ['Andean Workers Party'], code: 'PERPTY' }]);
    expect(es.map((e) => [e.cameo.root, e.source.actor])).toEqual([['14', 'PERPTY']]);
    expect(summary(events('Doctors from two Chilean charities delivered medicine to Peru.', [PER])).map((x) => x.split(' ')[1])).toEqual(['CHL>PER']);
    expect(summary(events('Students throughout Peru demonstrated on Monday.', [PER]))).toEqual(['141 PER>PER']);
    expect(summary(events('Separatists belonging to the banned Andean Front claimed responsibility for the attack.', [{ names: ['Andean Front'], code: 'PERREB' }]))).toEqual(['015 PERREB>-']);
    // only words that name people: "Markets across Peru" are not an actor.
    expect(summary(events('Markets across Peru protested the new tax.', [PER]))).toEqual([]);
    expect(summary(events('Chile expelled inspectors of the Andean Commission.', [{ names: ['Chile'], code: 'CHL' }, { names: ['Andean Commission'], code: 'IGOAND' }]))).toEqual(['166 CHL>IGOAND']);
  });

  it('codes an attack whose attacker is not named from the country where it happened ("A roadside bomb near X killed")', () => {
    const KAN: HandActor = { names: ['Kandahar'], code: 'AFG', geo: { lat: 31, lon: 65, country: 'AFG', feature: 'city' } };
    const USA: HandActor = { names: ['U.S. soldiers'], code: 'USAMIL' };
    expect(summary(events('A roadside bomb near Kandahar killed two U.S. soldiers on Sunday.', [KAN, USA]))).toEqual(['190 AFG>USAMIL']);
    expect(summary(events('Two U.S. soldiers were killed by a car bomb in Kandahar.', [KAN, USA]))).toEqual(['190 AFG>USAMIL']);
    expect(summary(events('Two U.S. soldiers were killed in a roadside bombing in Kandahar.', [KAN, USA]))).toEqual(['190 AFG>USAMIL']);
    expect(summary(events('Two U.S. soldiers were killed by an improvised explosive device outside of the city of Kandahar.', [KAN, USA]))).toEqual(['190 AFG>USAMIL']);
    // an explosion is not an attack unless a pattern says so (a factory fire, a gas leak)
    expect(summary(events('An explosion at a factory in Kandahar killed nine workers.', [KAN]))).toEqual([]);
  });

  it('takes the target of an invasion from its of-phrase and of fire from "against"', () => {
    const CHL: HandActor = { names: ['Chile'], code: 'CHL' };
    const PER: HandActor = { names: ['Peru', 'Peruvian'], code: 'PER' };
    expect(summary(events('Chile today mounted its invasion of southern Peru.', [CHL, PER]))).toEqual(['190 CHL>PER']);
    expect(summary(events('Chile fired rockets against Peruvian camps near the border.', [CHL, PER]))).toEqual(['194 CHL>PER']);
  });

  it('lets an uncoded object that only looks like an actor give way to the coded actor inside it ("all official contact with X")', () => {
    expect(summary(events('Chile will boycott all official contact with Peru.', [{ names: ['Chile'], code: 'CHL' }, { names: ['Peru'], code: 'PER' }])).map((x) => x.split(' ')[1])).toEqual(['CHL>PER']);
  });

  it('takes a place target from a country adjective on a place noun ("from the besieged Bosnian town"), and the owner a thing is for', () => {
    const UN: HandActor = { names: ['U.N.'], code: 'IGOUNO' };
    expect(summary(events('U.N. helicopters evacuated the wounded from the besieged Peruvian town of Tacna.', [UN]))).toEqual(['073 IGOUNO>PER']);
    expect(summary(events('Chilean troops remained on alert in the occupied Peruvian territory.', []))).toEqual(['152 CHL>PER']);
    expect(summary(events('A camp for Peruvian refugees was attacked by Chilean militiamen.', [])).map((x) => x.split(' ')[1])).toEqual(['CHL>PERREF']);
  });

  it('codes protesters nobody names by the place where they protest ("Thousands of people blocked streets in Lima")', () => {
    const PER: HandActor = { names: ['Lima'], code: 'PER', geo: { lat: -12, lon: -77, country: 'PER', feature: 'city' } };
    expect(summary(events('Thousands of people blocked streets in Lima on Sunday.', [PER]))).toEqual(['144 PER>PER']);
  });

  it('leaves the uncoded target of a refused act uncoded, so the refusal is not read as an act on oneself', () => {
    expect(summary(events('Chile says it will not accept any more refugees.', [{ names: ['Chile'], code: 'CHL' }])).map((x) => x.split(' ')[1])).toEqual(['CHL>-']);
  });

  it('keeps a target-less act apart from a richer one of the same root when PLOVER types them apart (arrest vs repression)', () => {
    const es = events('Kenyan police dispersed the demonstrators, killing one person and arresting 12.', []);
    expect(es.map((e) => e.plover?.type).sort()).toEqual(['ASSAULT', 'ASSAULT', 'COERCE']);
  });

  it('codes a protest with no named target as domestic, and a material event without target against the place it happens in', () => {
    expect(summary(events('Kenyan students demonstrated on Monday.', []))).toEqual(['141 KEN>KEN']);
    expect(summary(events('Chile lifted the curfew in Peru.', [{ names: ['Chile'], code: 'CHL' }, { names: ['Peru'], code: 'PER', geo: { lat: -10, lon: -76, country: 'PER', feature: 'country' } }])).map((x) => x.split(' ')[1])).toEqual(['CHL>PER']);
  });

  it('reads a leading "About 300" as part of the subject, not a preposition ("About 300 farmers in Peru blocked")', () => {
    const PER: HandActor = { names: ['Peru'], code: 'PER', geo: { lat: -10, lon: -76, country: 'PER', feature: 'country' } };
    expect(summary(events('About 300 farmers in Peru blocked the main highway.', [PER]))).toEqual(['144 PER>PER']);
    expect(summary(events('Around 40 students in Peru demonstrated on Monday.', [PER]))).toEqual(['141 PER>PER']);
  });

  it('takes the place of an intended or refused material act as its target, and the place an of-phrase names ("the town of X")', () => {
    const PER: HandActor = { names: ['Peru', 'Lima'], code: 'PER', geo: { lat: -10, lon: -76, country: 'PER', feature: 'country' } };
    const CHL: HandActor = { names: ['Chile'], code: 'CHL' };
    expect(summary(events('Chile will evacuate its outposts in Peru next month.', [CHL, PER]))).toEqual(['0356 CHL>PER']);
    expect(summary(events('Chile withdrew its troops from the border town of Lima.', [CHL, PER]))).toEqual(['0874 CHL>PER']);
  });

  it('takes the owner of the rejected thing, or of a wrapper noun, as the target or source ("rejected a Peruvian offer to host talks")', () => {
    const es = events('Chile rejected a Peruvian offer to host talks.', [{ names: ['Chile'], code: 'CHL' }]);
    expect(es.filter((e) => e.cameo.root === '12').map(dyad)).toEqual(['CHL>PER']);
    // The rejected offer is the content of the answer, not an event of its own.
    expect(es.filter((e) => e.cameo.root === '03')).toEqual([]);
    const discussed = events('Diplomats discussed a Peruvian offer to host talks.', []);
    expect(discussed.filter((e) => e.cameo.root === '03').map(dyad)).toEqual(['PER>-']);
  });

  it('codes nothing for an act that someone prevents ("stopped the militias from attacking Peru")', () => {
    const es = events('Chile stopped the militias from attacking Peru.', [{ names: ['Chile'], code: 'CHL' }, { names: ['militias'], code: 'CHLREB' }, { names: ['Peru'], code: 'PER' }]);
    expect(es.filter((e) => e.cameo.root === '19' || e.cameo.root === '18')).toEqual([]);
  });

  it('lets an event noun that is the subject of a verb act on the owner of its object ("the offensive ended the rule of X")', () => {
    const es = events('A rebel offensive by the Front ended the long rule of the Junta on Monday.', [{ names: ['Front'], code: 'PERREB' }, { names: ['Junta'], code: 'PERGOV' }]);
    expect(es.filter((e) => e.cameo.root === '19').map(dyad)).toEqual(['PERREB>PERGOV']);
  });

  it('dates an undated event noun by the other sentence that names both its actors with one day ("during his recent visit")', () => {
    const es = events('A delegation led by Ana Reyes arrived in Lima on Friday. Ana Reyes praised her recent visit to Lima.',
      [{ names: ['Ana Reyes'], code: 'CHLGOV', type: 'PERSON' }, { names: ['Lima'], code: 'PER', geo: { lat: -12, lon: -77, country: 'PER', feature: 'city' } }],
      { times: [{ text: 'Friday', value: '2024-12-27' }] });
    const visit = es.find((e) => e.cameo.code === '042' && e.sentence === 's2');
    expect([visit?.date, visit?.dateSource]).toEqual(['2024-12-27', 'time']);
  });

  it('codes an ethnic group by where the clause places it ("ethnic Hungarians in Romania"), and reads "-men" plurals as actor nouns', () => {
    const ROU: HandActor = { names: ['Romania'], code: 'ROU', geo: { lat: 46, lon: 25, country: 'ROU', feature: 'country' } };
    const es = events('Ethnic Hungarians in Romania demonstrated on Sunday.', [{ names: ['Hungarians'], code: 'HUN' }, ROU]);
    expect(es.map((e) => [e.cameo.root, e.source.actor])).toEqual([['14', 'ROU']]);
    expect(summary(events('Gunmen in Romania attacked a police station.', [ROU])).map((x) => x.split(' ')[1])).toEqual(['ROU>ROUCOP']);
  });

  it('takes the subject before an appositive, not the appositive ("Chile, a neighbour of Peru, rejected")', () => {
    const es = events('Chile, a neighbour of Peru, rejected the new rules.', [{ names: ['Chile'], code: 'CHL' }, { names: ['Peru'], code: 'PER' }]);
    expect(es.map((e) => e.source.actor)).toEqual(['CHL']);
    expect(summary(events('Chile, Peru and Bolivia agreed to cooperate.', [{ names: ['Chile'], code: 'CHL' }, { names: ['Peru'], code: 'PER' }, { names: ['Bolivia'], code: 'BOL' }])).length).toBe(6);
  });

  it('reads plural agent nouns after a country adjective as actors ("Bolivian landowners")', () => {
    expect(summary(events('Bolivian landowners demonstrated outside parliament.', [])).map((x) => x.split(' ')[1])).toEqual(['BOL>BOL']);
  });

  it('resolves a pronoun subject to the nearest fitting actor before it', () => {
    const es = events('Fuad Hussein arrived in Baghdad. He praised the Syrian government.', [{ names: ['Fuad Hussein'], code: 'IRQGOV', type: 'PERSON' }, SYR]);
    expect(summary(es)).toContain('051 IRQGOV>SYR');
  });
});

describe('events: flags and wrappers', () => {
  it('marks negation', () => {
    const [e] = events('Turkey did not meet the Syrian envoy.', [{ names: ['Turkey'], code: 'TUR' }, SYR]);
    expect([e!.cameo.code, e!.negated]).toEqual(['040', true]);
  });

  it('negates what someone denies, and marks it reported', () => {
    const [e] = events('Hamas denied that it had fired rockets at Israel.', [{ names: ['Hamas'], code: 'PSEREB', type: 'ORG' }, { names: ['Israel'], code: 'ISR' }]);
    expect([e!.cameo.code, dyad(e!), e!.negated, e!.modality]).toEqual(['194', 'PSEREB>ISR', true, 'reported']);
  });

  it('turns "refused to withdraw" into a refusal to de-escalate', () => {
    const [e] = events('Russia refused to withdraw its troops from Ukraine.', [{ names: ['Russia'], code: 'RUS' }, { names: ['Ukraine'], code: 'UKR' }]);
    expect([e!.cameo.code, dyad(e!), e!.plover?.type]).toEqual(['1246', 'RUS>UKR', 'REJECT']);
  });

  it('codes an appeal to someone to act as an appeal to that someone', () => {
    expect(summary(events('Britain urged Iran to release the sailors.', [{ names: ['Britain'], code: 'GBR' }, { names: ['Iran'], code: 'IRN' }]))).toEqual(['0253 GBR>IRN']);
  });

  it('codes "X said Y must ..." as X demanding of Y', () => {
    const [e] = events('Russia said Sudan must return the captured helicopter.', [{ names: ['Russia'], code: 'RUS' }, { names: ['Sudan'], code: 'SDN' }]);
    expect([e!.cameo.code, dyad(e!), e!.plover?.type]).toEqual(['105', 'RUS>SDN', 'REQUEST']);
  });

  it('keeps "X said Y would not attack Z" as Y\'s event, reported and negated', () => {
    const [e] = events('The Turkish minister said Syria would not attack Turkey.', [{ names: ['Turkish', 'Turkey'], code: 'TUR' }, SYR]);
    // "would" in reported speech is a stated intention: a (negated) threat of force, CAMEO 13x.
    expect([e!.cameo.code, dyad(e!), e!.modality, e!.negated]).toEqual(['138', 'SYR>TUR', 'reported', true]);
  });

  it('codes a cooperative future as an intent (CAMEO 03x) and a threat of force as 13x', () => {
    expect(summary(events('Egypt will host the Iraqi president next week.', [{ names: ['Egypt'], code: 'EGY' }, IRQ]))).toEqual(['036 EGY>IRQ']);
    expect(summary(events('Iran threatened to strike Israel.', [{ names: ['Iran'], code: 'IRN' }, { names: ['Israel'], code: 'ISR' }]))).toEqual(['138 IRN>ISR']);
  });

  it('links an event told inside a quote to the quote and marks it reported, without making the speaker its source', () => {
    const text = 'The minister said: "Syria attacked the Iraqi border post."';
    const [e] = events(text, [IRQ, SYR, { names: ['The minister'], code: 'JORGOV', type: 'PERSON' }], { quotes: [{ text: '"Syria attacked the Iraqi border post."', speaker: 2 }] });
    expect([dyad(e!), e!.quote, e!.modality]).toEqual(['SYR>IRQ', 'q1', 'reported']);
  });

  it('codes a planned act with no intent code (statement, appeal, demand, criticism...) as that act, intended, not 030', () => {
    const es = events('Iraq plans to criticize Syria.', [IRQ, SYR]);
    expect(es.map((e) => [e.cameo.root, dyad(e), e.modality])).toEqual([['11', 'IRQ>SYR', 'intended']]);
    // a planned cooperative act keeps its intent code
    expect(summary(events('Iraq plans to host the Syrian president.', [IRQ, SYR]))).toEqual(['036 IRQ>SYR']);
  });

  it('does not add an intent beside an act whose object is the wrapper noun ("signed an agreement to combat crime")', () => {
    expect(summary(events('Iraq and Syria signed an agreement to jointly combat crime.', [IRQ, SYR])).map((x) => x.slice(0, 2))).toEqual(['05', '05']);
  });

  it('does not read a finite "be" clause as an intended act ("agree with the plan, and the focus is on Syria")', () => {
    expect(summary(events('Iraqi officials said they agree with the plan, and the focus is on Syria.', [IRQ, SYR])).filter((x) => x.startsWith('03'))).toEqual([]);
    expect(summary(events('Iraqi officials said they agree to meet Syria.', [IRQ, SYR])).filter((x) => x.startsWith('03'))).toEqual(['036 IRQ>SYR']);
  });

  it('does not report a forecast: what one expects or believes will be done', () => {
    expect(events('The Iraqi general said he expects Syria to attack the border post.', [IRQ, SYR])).toEqual([]);
    expect(events('Iraq believes it will meet Syrian officials soon.', [IRQ, SYR])).toEqual([]);
    // a statement of what will be done is an intent
    expect(summary(events('Iraq said it will meet Syrian officials soon.', [IRQ, SYR]))).toEqual(['036 IRQ>SYR']);
    // a forecast word in the verb group, or "likely to" before it
    expect(events('Iraq will likely meet Syrian officials soon.', [IRQ, SYR])).toEqual([]);
    expect(events('Iraq is likely to meet Syrian officials soon.', [IRQ, SYR])).toEqual([]);
  });

  it('marks questions', () => {
    expect(events('Has Iran attacked Israel?', [{ names: ['Iran'], code: 'IRN' }, { names: ['Israel'], code: 'ISR' }])[0]!.question).toBe(true);
  });
});

describe('events: refine', () => {
  it('merges the same event told twice into one event with two evidence spans', () => {
    const es = events('Iraq praised Syria on Monday. Iraqi officials also praised Syria.', [IRQ, SYR]);
    expect(summary(es)).toEqual(['051 IRQ>SYR']);
    expect(es[0]!.evidence).toHaveLength(2);
    expect(es[0]!.id).toBe('e1');
  });

  it('drops non-actor targets ("condemned the bombing") and events without a coded source', () => {
    expect(events('Gunmen attacked the Syrian embassy.', [SYR])).toEqual([]);
    const es = events('The African Union condemned the bombing.', [{ names: ['African Union'], code: 'IGOAFR' }]);
    expect(summary(es)).toEqual(['111 IGOAFR>-']);
  });

  it('does not report an act that always has another party (lexicon dyadicRoots) when no other party is found', () => {
    expect(events('Iraqi officials held talks on Monday.', [IRQ])).toEqual([]);
    expect(summary(events('Iraqi officials held talks with Syria on Monday.', [IRQ, SYR]))).toEqual(['040 IRQ>SYR']);
    // so does a pattern marked needsTarget: recognizing a situation is no recognition of a state
    expect(events('Iraq recognized the difficult situation.', [IRQ])).toEqual([]);
    expect(summary(events('Iraq recognized Syria.', [IRQ, SYR]))).toEqual(['054 IRQ>SYR']);
    // a root outside the list keeps its one-sided events
    expect(summary(events('Iraq condemned the bombing.', [IRQ]))).toEqual(['111 IRQ>-']);
  });

  it('does not make the person held after "being detained in X" the source of the detention', () => {
    expect(summary(events('The Iraqi teacher spoke on Monday about his release from being detained in Syria.', [{ names: ['Iraqi teacher'], code: 'IRQEDU' }, SYR]))).toEqual([]);
  });

  it('does not report a consultation (lexicon codedPartnerRoots) whose other party has no code, and keeps uncoded people given aid', () => {
    expect(events('The Iraqi president met with security officials on Monday.', [IRQ])).toEqual([]);
    expect(summary(events('The Iraqi president met with Syrian officials on Monday.', [IRQ, SYR]))).toEqual(['040 IRQ>SYR']);
    expect(events('Iraq provided aid to foreign refugees on Monday.', [IRQ]).map((e) => e.cameo.root)).toEqual(['07']);
  });

  it('does not report an intent of such an act (an investment, cooperation) with no other party found', () => {
    expect(events('Iraq will invest $20 million in several road building projects.', [IRQ])).toEqual([]);
    expect(events('Iraq said it would cooperate in rebuilding the old port.', [IRQ])).toEqual([]);
    expect(summary(events('Iraq will invest $20 million in Syria.', [IRQ, SYR]))).toEqual(['031 IRQ>SYR']);
  });

  it('uses a place in the clause as location, else the dateline place for material events', () => {
    const aleppo: HandActor = { names: ['Aleppo'], code: 'SYR', geo: { lat: 36.2, lon: 37.16, country: 'SYR', feature: 'city' } };
    const [e] = events('HTS rebels attacked an army base in Aleppo.', [aleppo, { names: ['HTS'], code: 'SYRREB' }]);
    expect(e!.location).toBe('n1');
  });

  it('stays bounded on a megabyte of text without punctuation', () => {
    const long = Array.from({ length: 150000 }, (_, i) => ['Iraq', 'attacked', 'Syria', 'and'][i % 4]).join(' ');
    const es = events(long, [IRQ, SYR]);
    expect(es.length).toBeGreaterThan(0);
  });
});
