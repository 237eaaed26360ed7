import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/context.js';
import { codedEvents, handActor } from '../../test-support/coded-events.js';
import { handDocument, type HandActor } from '../../test-support/hand-layers.js';
import { extractEvents } from './events-stage.js';

// Which event type is coded: modality (future, refusal, conditional threat), nominal events under wrapped light verbs, vocabulary.
const ctx = createContext();
const A = handActor;
const KEN = A(['Kenya', 'Kenyan'], 'KEN');
const SOM = A(['Somalia', 'Somali'], 'SOM');

const coded = (text: string, actors: HandActor[]) => codedEvents(ctx, text, actors);

describe('event types: what a future statement codes', () => {
  it('codes "will give ... a grant" as an intent to give aid (033, AGREE), not as aid given', () => {
    expect(coded('Kenya will give Somalia a grant of ten million dollars.', [KEN, SOM])).toEqual(['033 AGREE KEN>SOM']);
  });

  it('codes "said it would release" the captives as an intent to release (0353)', () => {
    expect(coded('Kenya said it would release the Somali fishermen.', [KEN, SOM])).toEqual(['0353 AGREE KEN>SOM']);
  });

  it('codes "will not accept" a request as a refusal (12x, REJECT)', () => {
    expect(coded('Kenya will not accept the Somali proposal.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['REJECT']);
  });

  it('codes "cannot accept" a cooperative act as a refusal made now (12x, asserted), as "will not accept"', () => {
    expect(coded('Kenya cannot accept the Somali proposal.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['REJECT']);
    expect(coded("Kenya can't accept the Somali proposal.", [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['REJECT']);
    const doc = handDocument(ctx, 'Kenya cannot accept the Somali proposal.', [KEN, SOM], { date: '2025-03-01' });
    expect(extractEvents(doc, ctx).map((e) => [e.modality, e.negated])).toEqual([['asserted', false]]);
  });

  it('an act one can or cannot do is not told as done ("can attack", "can\'t suppress": hypothetical)', () => {
    for (const text of ['Kenya can attack Somalia.', "Kenya can't attack Somalia."]) {
      const doc = handDocument(ctx, text, [KEN, SOM], { date: '2025-03-01' });
      expect(extractEvents(doc, ctx).map((e) => e.modality)).toEqual(['hypothetical']);
    }
  });

  it('an act one must or should do is not told as done ("must be firm in condemning": hypothetical)', () => {
    for (const text of ['Kenya must be firm in condemning Somalia.', 'Kenya should condemn Somalia.']) {
      const doc = handDocument(ctx, text, [KEN, SOM], { date: '2025-03-01' });
      expect(extractEvents(doc, ctx).map((e) => e.modality)).toEqual(['hypothetical']);
    }
  });

  it('codes "will withdraw ... unless" as a threat (13x), not as an intent', () => {
    expect(coded('Kenya will withdraw its troops from Somalia unless the attacks stop.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['THREATEN']);
    expect(coded('Kenya will withdraw its troops from Somalia next year.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['AGREE']);
  });

  it('codes a planned administrative measure as a threat of it (132x), not of violent repression (137)', () => {
    expect(coded('Kenya will impose a curfew in the Somali border towns.', [KEN, SOM])).toEqual(['1323 THREATEN KEN>SOM']);
    expect(coded('Kenya will impose martial law in the Somali border towns.', [KEN, SOM])).toEqual(['1324 THREATEN KEN>SOM']);
    expect(coded('Kenya threatened to ban the Somali opposition party.', [KEN, SOM]).map((x) => x.slice(0, 3))).toEqual(['132']);
  });

  it('codes "may halt ... if" as a threat, and a plain "may" as nothing more than the event', () => {
    expect(coded('Kenya may suspend talks with Somalia if the raids continue.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['THREATEN']);
  });
});

describe('event types: nominal events carried by wrapped light verbs', () => {
  it('codes "promised to continue military aid" as an intent to give aid, once', () => {
    expect(coded('Kenya promised to continue military aid to Somalia.', [KEN, SOM])).toEqual(['033 AGREE KEN>SOM']);
  });

  it('codes "failed to reach an agreement" as a rejection, not an agreement', () => {
    const got = coded('Kenya and Somalia failed to reach an agreement on the border.', [KEN, SOM]);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s.split(' ')[1] === 'REJECT')).toBe(true);
  });
});

describe('event types: nominal events as the object of a wrapper verb', () => {
  it('codes talks requested or sought as an appeal or an intent to meet, from the one who asks', () => {
    expect(coded('Kenya requested talks with Somalia over the disputed waters.', [KEN, SOM])).toEqual(['026 REQUEST KEN>SOM']);
    expect(coded('Kenya sought talks with Somalia.', [KEN, SOM])).toEqual(['036 AGREE KEN>SOM']);
  });

  it('leaves the act to the verb\'s own pattern, and the object alone after verbs that do not wrap it', () => {
    expect(coded('Kenya demanded the withdrawal of Somali troops.', [KEN, SOM])).toEqual(['106 REQUEST KEN>SOM']);
    expect(coded('Kenya called the talks with Somalia a success.', [KEN, SOM]).some((e) => e.startsWith('02'))).toBe(false);
  });
});

describe('event types: vocabulary across roots', () => {
  const cases: Array<[string, string]> = [
    ['Kenya offered troops to the Somali government.', 'AGREE'],
    ['Kenyan forces completed their withdrawal from Somalia.', 'RETREAT'],
    ['Kenya lifted the blockade on Somali ports.', 'CONCEDE'],
    ['Kenya recalled its peacekeepers from Somalia.', 'SANCTION'],
    ['Kenya rejected mediation by Somalia.', 'REJECT'],
    ['Kenya reneged on its pledge to Somalia.', 'REJECT'],
    ['Kenya restored diplomatic ties with Somalia.', 'SUPPORT'],
    ['Kenya shared evidence with Somalia about the smugglers.', 'COOPERATE'],
    ['Kenya strengthened its forces along the Somali border.', 'MOBILIZE'],
    ['Kenyan police prevented a rally by Somali refugees.', 'COERCE'],
    ['Kenya summoned the Somali ambassador over the raid.', 'ACCUSE'],
    ['Kenyan teachers began a hunger strike on Monday to protest the Somali decision.', 'PROTEST'],
    ['Kenya and Somalia renewed negotiations today on the border.', 'CONSULT'],
    ['Kenyan doctors handed over 700 kg of medicine to Somalia.', 'AID'],
    ['Kenya speeded up the withdrawal of its forces from Somalia.', 'RETREAT'],
    ['Kenya imposed restrictions on Somali traders.', 'COERCE'],
    ['Kenyan troops recaptured the town from Somali militants.', 'COERCE'],
    ['Kenya sent inspectors to Somalia.', 'ACCUSE'],
  ];
  for (const [text, type] of cases) {
    it(`codes "${text}" as ${type}`, () => {
      expect(coded(text, [KEN, SOM]).map((s) => s.split(' ')[1])).toContain(type);
    });
  }
});

describe('event types: "call" is not always a phone call', () => {
  it('codes "X called Y" as a phone call but "X called Y "a partner"" as naming, no event', () => {
    expect(coded('Kenya called Somalia on Sunday.', [KEN, SOM])).toContain('041 CONSULT KEN>SOM');
    expect(coded('Kenya called Somalia "a trusted partner" on Sunday.', [KEN, SOM])).toEqual([]);
    expect(coded('Kenya called Somalia a trusted partner.', [KEN, SOM])).toEqual([]);
  });
});

describe('event types: what an answer is about is not an event of its own', () => {
  it('codes "rejected X\'s demand to ..." as one rejection, without the demand or the demanded act', () => {
    const got = coded("Kenya rejected Somalia's demand to withdraw its troops.", [KEN, SOM]);
    expect(got.map((s) => s.split(' ')[1])).toEqual(['REJECT']);
  });

  it('codes "accepted the demands of X" as a concession only', () => {
    expect(coded('Kenya accepted the demands of Somalia.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['CONCEDE']);
  });

  it('codes talks on an act as talks only: the act is what is talked about', () => {
    expect(coded('Kenya and Somalia resumed negotiations on a Kenyan troop pullback from Somalia.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['CONSULT', 'CONSULT']);
  });
});

describe('event types: fighting nouns as events or as background', () => {
  it('codes clashes between two named sides, but not "the fighting there" or "Somalia\'s war" named in passing', () => {
    expect(coded('Heavy clashes between the Kenyan army and Somali militants continued overnight.', [KEN, SOM]).map((s) => s.split(' ')[1])).toContain('ASSAULT');
    expect(coded("Kenya halted aid to Somalia to end the fighting there.", [KEN, SOM]).map((s) => s.split(' ')[1])).not.toContain('ASSAULT');
    expect(coded("Kenya criticised support for Somalia's war.", [KEN, SOM]).map((s) => s.split(' ')[1])).not.toContain('ASSAULT');
    expect(coded('Kenya declared war on Somalia.', [KEN, SOM])).toContain('190 ASSAULT KEN>SOM');
    expect(coded('Kenya started a trade war with Somalia.', [KEN, SOM])).toEqual([]);
    expect(coded('Kenya hit Somalia with new tariffs.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['SANCTION']);
  });
});

describe('event types: "told" reports unless it orders', () => {
  it('codes "officials told reporters (that) X lifted ..." as X\'s act, and "told X to ..." as a demand', () => {
    expect(coded('Kenyan officials told reporters Somalia lifted the blockade on the port.', [KEN, SOM]).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['CONCEDE SOM>-']);
    expect(coded('Kenya told Somalia to lift the blockade on the port.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['REQUEST']);
  });
});

describe('event types: targets inside the thing acted on, stances, modifiers of the subject', () => {
  it('finds the target inside a rejected or threatened thing ("further action against X", "a truce with X")', () => {
    expect(coded('Kenya threatened further action against Somalia on Monday.', [KEN, SOM])).toEqual(['130 THREATEN KEN>SOM']);
    expect(coded('Kenya rejected a truce with Somalia.', [KEN, SOM])).toEqual(['120 REJECT KEN>SOM']);
  });

  it('keeps an accusation that is rejected: it was made ("rejected Somalia\'s allegation")', () => {
    expect(coded("Kenya rejected Somalia's allegation of spying.", [KEN, SOM]).map((s) => s.split(' ')[1]).sort()).toEqual(['ACCUSE', 'REJECT']);
  });

  it('reads "is opposed to X\'s mediation" as the subject rejecting, and the mediation as no event', () => {
    expect(coded("Kenya is opposed to Somalia's mediation in the dispute.", [KEN, SOM])).toEqual(['126 REJECT KEN>SOM']);
    expect(coded('Kenya is opposed to Somali mediation in the dispute.', [KEN, SOM])).toEqual(['126 REJECT KEN>SOM']);
  });

  it('keeps the noun before a gerund or infinitive as the subject of the verb after it', () => {
    expect(coded('Kenyan aircraft using guided missiles killed four Somali fighters.', [KEN, SOM])).toEqual(['190 ASSAULT KEN>SOM']);
    expect(coded('A Kenyan offer to host talks with Somalia surprised diplomats.', [KEN, SOM]).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['AGREE KEN>SOM']);
  });
});

describe('event types: conditions and the content of demands', () => {
  it('does not report what an if/unless/present-when clause supposes; codes the main clause only', () => {
    expect(coded('Kenya will cut ties with Somalia if Somalia attacks its border posts.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['THREATEN']);
    expect(coded('If Somalia attacks Kenya, the army will respond.', [KEN, SOM])).toEqual([]);
    expect(coded('Kenya said it would retaliate when Somali troops cross the border.', [KEN, SOM])).not.toContain('190 ASSAULT SOM>-');
    expect(coded('Reporters asked Kenya whether Somalia had agreed to the talks.', [KEN, SOM])).toEqual([]);
    // a past "when" tells what happened
    expect(coded('Kenya closed the border when Somali troops attacked a village.', [KEN, SOM]).map((s) => s.split(' ')[1])).toContain('ASSAULT');
  });

  it('does not report an infinitive completing a condition, nor what an indirect question with how/why asks', () => {
    expect(coded('If Somalia continues to attack Kenya, the talks will end.', [KEN, SOM]).filter((s) => s.includes('SOM>KEN'))).toEqual([]);
    expect(coded('Kenyan officials discussed how they can continue to support Somalia.', [KEN, SOM]).filter((s) => s.startsWith('05'))).toEqual([]);
    expect(coded('Kenyan officials said they continue to support Somalia.', [KEN, SOM]).filter((s) => s.startsWith('05'))).toHaveLength(1);
  });

  it('reads a that-clause after a demand noun as what is demanded, aimed at its subject', () => {
    expect(coded('Kenya repeated its demand that Somalia withdraw its troops from the border.', [KEN, SOM])).toEqual(['106 REQUEST KEN>SOM']);
    expect(coded('Kenya rejected the demand that it withdraw its troops from Somalia.', [KEN, SOM]).map((s) => s.split(' ')[1])).toEqual(['REJECT']);
  });
});

describe('event types: whom a thing acted on belongs to', () => {
  it('takes a coded of-phrase of the object as the target ("shelled positions of the army")', () => {
    expect(coded('Kenyan tanks shelled positions of the Somali army near the border.', [KEN, SOM])).toEqual(['194 ASSAULT KEN>SOM']);
    expect(coded('Kenyan tanks shelled positions near the border.', [KEN, SOM])).toEqual(['194 ASSAULT KEN>-']);
  });

  it('prefers the coded owner of a rejected proposal to an uncoded phrase ("during the month of Ramadan")', () => {
    expect(coded("Kenya rejected Somalia's proposal for a truce during the holy month of Ramadan.", [KEN, SOM]).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['REJECT KEN>SOM']);
  });

  it('keeps an object described by a participle ("expelled two Somali diplomats based in Nairobi")', () => {
    expect(coded('Kenya expelled two Somali diplomats based in Nairobi for spying.', [KEN, SOM])).toEqual(['166 SANCTION KEN>SOM']);
  });
});

describe('event types: whom protests and threats are aimed at', () => {
  it('takes the target of a protest from its purpose ("to demand the resignation of X")', () => {
    expect(coded('Kenyan students staged rallies to demand the resignation of the Somali president.', [KEN, SOM]).filter((e) => e.includes('PROTEST')).map((s) => s.split('>')[1])).toEqual(['SOM']);
    expect(coded("Kenyan students blocked roads to show their disapproval of Somalia's policies.", [KEN, SOM]).map((s) => s.split('>')[1])).toEqual(['SOM']);
  });

  it('aims a conditional threat at the subject of its condition', () => {
    expect(coded('Kenya will withdraw its troops unless Somalia pays the salaries.', [KEN, SOM]).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['THREATEN KEN>SOM']);
    expect(coded('Kenyan elders threatened to hold a general strike unless Somalia rescinded the decree.', [KEN, SOM]).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['THREATEN KEN>SOM']);
  });
});

describe('event types: PLOVER type of the act itself', () => {
  it('types a resignation as PLOVER RETREAT (resign), as PLOVER 2.0 does, keeping CAMEO 080; an intended one stays an intent', () => {
    const doc = handDocument(ctx, 'The Kenyan prime minister resigned on Monday.', [{ names: ['Kenyan prime minister'], code: 'KENGOV' }], { date: '2025-03-01' });
    const [e] = extractEvents(doc, ctx);
    expect([e?.cameo.code, e?.plover]).toEqual(['080', { type: 'RETREAT', mode: 'resign' }]);
    expect(coded('The Kenyan prime minister will resign next month.', [{ names: ['Kenyan prime minister'], code: 'KENGOV' }])).toEqual(['035 AGREE KENGOV>-']);
  });

  it('refuses a pattern whose PLOVER type or mode does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-plover-'));
    writeFileSync(join(dir, 'mine.yaml'), 'patterns:\n  - { id: mine.quit, code: \'080\', verbs: [quit], plover: LEAVE, example: "Kenya quit." }\n');
    expect(() => createContext({ patternDirs: [dir] })).toThrow(/unknown PLOVER type LEAVE/);
    writeFileSync(join(dir, 'mine.yaml'), 'patterns:\n  - { id: mine.quit, code: \'080\', verbs: [quit], plover: RETREAT, mode: phone, example: "Kenya quit." }\n');
    expect(() => createContext({ patternDirs: [dir] })).toThrow(/RETREAT has no mode phone/);
  });
});

describe('event types: accepting mediation', () => {
  it('codes "agreed to Kenyan mediation" as accepting mediation (038) aimed at the mediator', () => {
    expect(coded('Somalia agreed to Kenyan mediation in the talks with the rebels.', [SOM])).toContain('038 AGREE SOM>KEN');
  });
});

describe('event types: refuge and peacekeeping', () => {
  it('codes admitting refugees as refuge (075, AID) and "will not accept" them as a refusal', () => {
    expect(coded('Kenya admitted thousands of Somali refugees last year.', [KEN, SOM]).map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['075 AID']);
    expect(coded('Kenya will not accept any more refugees from Somalia.', [KEN, SOM]).map((x) => x.split(' ')[1])).toEqual(['REJECT']);
  });

  it('codes peacekeepers arriving somewhere as peacekeeping (074), not as a visit', () => {
    expect(coded('The first Kenyan peacekeepers arrived in Somalia on Monday.', [KEN, SOM])).toEqual(['074 AID KEN>SOM']);
  });
});

describe('event types: what a light verb carries', () => {
  it('gives a light verb\'s subject only the event noun it takes, not one in a later phrase ("extended the curfew in response to the unrest")', () => {
    const codes = coded('Kenya extended the curfew in response to the unrest in the capital.', [KEN]).map((x) => x.split(' ')[0]!);
    expect(codes.some((c) => c.startsWith('14'))).toBe(false);
    expect(codes.some((c) => c.startsWith('17'))).toBe(true);
    expect(coded('Kenyan and Somali warships launched ten days of war games.', [KEN, SOM]).map((x) => x.split(' ')[0])).toContain('062');
  });
});

describe('event types: whom a complaint is about', () => {
  it('aims a complaint at what it is about or against, before whom it is made to', () => {
    expect(coded('Kenya complained to the United Nations over two Somali air raids.', [KEN, SOM, { names: ['United Nations'], code: 'IGOUNO' }])).toEqual(['114 ACCUSE KEN>SOM']);
    expect(coded('Kenya complained to Somalia about the visit.', [KEN, SOM])).toEqual(['114 ACCUSE KEN>SOM']);
  });
});

describe('event types: mediation among several parties', () => {
  it('aims halted mediation at the parties it was among', () => {
    expect(coded('Kenya may halt mediation efforts among Somalia\'s feuding clans if the fighting continues.', [KEN, SOM]).map((x) => x.split(' ').slice(1).join(' '))).toContain('THREATEN KEN>SOM');
  });
});

describe('event types: irregular verbs behind a prefix, meeting demands', () => {
  it('reads "retaken" as a form of "retake" and codes the occupation', () => {
    expect(coded('Kenyan forces have retaken a strategic village in Somalia.', [KEN, SOM])).toEqual(['192 COERCE KEN>-']);
  });

  it('codes meeting demands as acceding (083) and "will not meet" them as a refusal', () => {
    expect(coded('Kenya met the demands of the Somali negotiators.', [KEN, SOM]).map((x) => x.split(' ')[0])).toEqual(['083']);
    expect(coded('Kenya said it would not meet the Somali demands.', [KEN, SOM]).map((x) => x.split(' ')[1])).toEqual(['REJECT']);
  });
});

describe('event types: what is halted', () => {
  it('codes halted mediation or talks without the mediation or talks as events of their own', () => {
    const codes = coded('Kenya ended its mediation efforts between the Somali factions.', [KEN, SOM]).map((x) => x.split(' ')[0]);
    expect(codes).toContain('165');
    expect(codes).not.toContain('045');
  });
});

describe('event types: a particle after the object', () => {
  it('matches a phrasal verb whose particle follows the object ("forced the agency out", "called the strike off")', () => {
    expect(coded('Kenya forced the Somali mission out of the country.', [KEN, SOM]).map((x) => x.split(' ')[0])).toEqual(['166']);
    expect(coded('Kenya forced the Somali mission, SOMIS, out of the country.', [KEN, SOM]).map((x) => x.split(' ')[0])).toEqual(['166']);
    expect(coded('Kenya forced the Somali mission to leave.', [KEN, SOM]).map((x) => x.split(' ')[0])).not.toContain('166');
  });
});

describe('event types: a collective object', () => {
  it('reads "a mission of observers" as observers for a pattern that requires them', () => {
    expect(coded('Kenya received a mission of observers from Somalia.', [KEN, SOM])).toEqual(['0862 RETREAT KEN>SOM']);
    expect(coded('Kenya received a mission of traders from Somalia.', [KEN, SOM]).map((x) => x.split(' ')[0])).not.toContain('0862');
  });
});

describe('event types: dates are no actors', () => {
  it('does not take "from 1 May" as the target of an intended restriction', () => {
    expect(coded('Kenya plans to impose restrictions on its labour market for Somali workers from 1 May.', [KEN, SOM])).toEqual(['132 THREATEN KEN>SOM']);
  });
});

describe('event types: modality of plans', () => {
  it('flags what one plans to do as intended ("plans to urge")', () => {
    const doc = handDocument(ctx, 'Kenya also plans to urge Somalia to release the fishermen.', [KEN, SOM], { date: '2025-03-01' });
    const appeals = extractEvents(doc, ctx).filter((e) => e.cameo.root === '02');
    expect(appeals.length).toBeGreaterThan(0);
    expect(appeals.every((e) => e.modality === 'intended')).toBe(true);
  });

  it('flags an appeal someone says they will make as intended ("said it would urge"), one made as reported', () => {
    const later = extractEvents(handDocument(ctx, 'Kenya said it would urge Somalia to release the fishermen.', [KEN, SOM], { date: '2025-03-01' }), ctx).filter((e) => e.cameo.root === '02');
    expect(later.map((e) => [e.cameo.code, e.modality])).toEqual([['0253', 'intended']]);
    const made = extractEvents(handDocument(ctx, 'Kenya said it urged Somalia to release the fishermen.', [KEN, SOM], { date: '2025-03-01' }), ctx).filter((e) => e.cameo.root === '02');
    expect(made.map((e) => e.modality)).toEqual(['reported']);
  });

  it('capturing a mood is no arrest', () => {
    expect(coded('Kenya launched its campaign early to capture the mood of Somali voters.', [KEN, SOM]).filter((x) => x.startsWith('17') || x.startsWith('19'))).toEqual([]);
  });
});

describe('event types: pushing to do something oneself is an effort, no appeal', () => {
  it('codes "is pushing to hold talks" as an intent (036), "pushed Somalia to hold talks" as an appeal (02x)', () => {
    expect(coded('Kenya is pushing to hold talks with Somalia.', [KEN, SOM])).toEqual(['036 AGREE KEN>SOM']);
    expect(coded('Kenya pushed Somalia to hold talks.', [KEN, SOM]).some((x) => x.startsWith('02') && x.endsWith('KEN>SOM'))).toBe(true);
    expect(coded('Kenya pressed Somalia to release the fishermen.', [KEN, SOM])).toEqual(['1053 REQUEST KEN>SOM']);
  });
});

describe('event types: what must be known is no demand', () => {
  it('codes "should know that" and "must understand" as no demand (100), while "must withdraw" stays one', () => {
    expect(coded('The Kenyan president said the Somali rebels should know that they will never win.', [KEN, SOM]).filter((x) => x.startsWith('10'))).toEqual([]);
    expect(coded('Kenya said Somalia must understand that the border stays closed.', [KEN, SOM]).filter((x) => x.startsWith('10'))).toEqual([]);
    expect(coded('Kenya said Somalia must withdraw its troops.', [KEN, SOM]).some((x) => x.startsWith('10') && x.endsWith('KEN>SOM'))).toBe(true);
  });
});

describe('event types: modality of possibilities', () => {
  it('keeps "may" hypothetical when reported, and in a verb coordinated with it', () => {
    const doc = handDocument(ctx, 'Analysts said Kenya may lose patience and start threatening Somalia.', [KEN, SOM], { date: '2025-03-01' });
    const threats = extractEvents(doc, ctx).filter((e) => e.cameo.root === '13');
    expect(threats.map((e) => e.modality)).toEqual(['hypothetical']);
  });
});

describe('event types: one reading of a wrapped light verb', () => {
  it('codes "vowed to intensify the campaign against" the group as the threat only, not also an intent to cooperate with it', () => {
    const SHB = A(['al-Shabaab'], 'SOMREB');
    const es = coded('Somalia vowed to intensify the military campaign against al-Shabaab.', [SOM, SHB]);
    expect(es.filter((x) => x.startsWith('03'))).toEqual([]);
    expect(es.some((x) => x.startsWith('13') && x.endsWith('SOM>SOMREB'))).toBe(true);
  });
});
