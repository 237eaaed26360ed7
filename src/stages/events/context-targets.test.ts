// Targets the clause does not name directly: earlier acts referred to, pronouns, phrases that hold the target.
import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { eventSummary as summary, handEvents } from '../../test-support/hand-events.js';
import type { HandActor } from '../../test-support/hand-layers.js';

const ctx = createContext();
const IRQ: HandActor = { names: ['Iraq', 'Iraqi'], code: 'IRQ' };
const SYR: HandActor = { names: ['Syria', 'Syrian', 'Damascus'], code: 'SYR' };
const events = (text: string, actors: HandActor[], opts: Parameters<typeof handEvents>[3] = {}): ReadoutEvent[] => handEvents(ctx, text, actors, opts);

describe('events: an act aimed at an earlier act named by a definite noun', () => {
  it('aims "supported the call" at whoever made the call just before, and leaves it alone with no such call', () => {
    const es = events('Iraq called for a meeting of Arab ministers on Monday. Syria supported the call.', [IRQ, SYR]);
    expect(summary(es)).toContain('050 SYR>IRQ');
    expect(es.find((e) => e.source.actor === 'SYR')!.rule).toMatch(/\+referred$/);
    expect(summary(events('Syria supported the call.', [IRQ, SYR]))).toEqual(['050 SYR>-']);
  });

  it('aims "rejected the resolution" at the body whose resolution urged, just before', () => {
    const es = summary(events('The Iraqi parliament urged Syria to hold elections. Syria rejected the resolution.', [IRQ, SYR]));
    expect(es.filter((e) => /^12\d* SYR>IRQ$/.test(e))).toHaveLength(1);
  });

  it('aims "rejected the accusations" at the speaker of the quote before it when no accusation event was coded', () => {
    const quoted = '"Damascus is sabotaging the talks," the Iraqi spokesman said.';
    const text = `${quoted} The Syrian foreign ministry rejected the accusations.`;
    const es = events(text, [IRQ, SYR], { quotes: [{ text: '"Damascus is sabotaging the talks,"', speaker: 0 }] });
    expect(summary(es)).toContain('120 SYR>IRQ');
    expect(summary(events(text, [IRQ, SYR]))).toContain('120 SYR>-');
  });
});

describe('events: a pronoun target with no antecedent', () => {
  it('does not report an act aimed at "him" when nobody before can be him, and codes it when someone can', () => {
    expect(events('On Monday, he was criticized by Iraq.', [IRQ])).toEqual([]);
    const es = events('Syrian President Ahmed al-Sharaa arrived on Monday. He was criticized by Iraq.', [IRQ, { names: ['Ahmed al-Sharaa'], code: 'SYRGOV', type: 'PERSON' }]);
    expect(summary(es)).toEqual(['111 IRQ>SYRGOV']);
  });
});

describe('events: a pronoun target is not replaced by a place', () => {
  it('does not aim "barred him from Iraq" at Iraq when nobody can be him, and aims it at him when someone can', () => {
    expect(summary(events('Syria said on Monday it had barred him from Iraq.', [SYR, IRQ]))).toEqual([]);
    const envoy: HandActor = { names: ['Jordanian envoy Ali Hassan'], code: 'JORGOV', type: 'PERSON' };
    expect(summary(events('Jordanian envoy Ali Hassan arrived on Sunday. Syria barred him from Iraq on Monday.', [SYR, IRQ, envoy]))).toEqual(['172 SYR>JORGOV']);
  });

  it('does not make "them" with no antecedent the source\'s own country or the place of the act', () => {
    expect(summary(events('On Monday, Syrian police barred them from entering schools in Damascus.', [SYR]))).toEqual([]);
  });
});

describe('events: an insurgency acts on its own country', () => {
  it('codes rebel violence with nobody named and no place as aimed at the rebels\' country, but not a government\'s', () => {
    expect(summary(events('Iraqi rebels ambushed a bus on Monday.', [{ names: ['Iraqi rebels'], code: 'IRQREB' }]))).toEqual(['190 IRQREB>IRQ']);
    expect(summary(events('Iraqi troops ambushed a bus on Monday.', [{ names: ['Iraqi troops'], code: 'IRQMIL' }]))).toEqual(['190 IRQMIL>-']);
  });
});

describe('events: a threat is aimed at whom it is made to', () => {
  it('takes the coded object of "warned" as target before a country named in the condition', () => {
    expect(summary(events('Turkey warned Washington of severe consequences if it has to turn to Moscow.', [{ names: ['Turkey'], code: 'TUR' }, { names: ['Washington'], code: 'USA' }, { names: ['Moscow'], code: 'RUS' }]))).toEqual(['130 TUR>USA']);
  });
});

describe('events: disapproval of an act is not aimed at its victims', () => {
  it('codes "condemned the violence against Syrian civilians" without the civilians as target, and keeps a named wrongdoer', () => {
    expect(summary(events('Iraq condemned the violence against Syrian civilians.', [IRQ, SYR]))).toEqual(['111 IRQ>-']);
    expect(summary(events('Iraq condemned Syria for the violence against civilians.', [IRQ, SYR]))).toEqual(['111 IRQ>SYR']);
  });
});

describe('events: targets held by an of-phrase', () => {
  it('takes the owner named after "worth of" as target ("tariffs on $20 billion worth of Syrian exports")', () => {
    const es = events('Iraq imposed new tariffs on $20 billion worth of Syrian exports.', [IRQ, SYR]);
    expect(summary(es)).toEqual(['163 IRQ>SYR']);
  });
});

describe('events: a rejected accusation is aimed at its accuser', () => {
  it('takes the accuser of the same sentence as the target of rejecting the charge', () => {
    const es = events('Syrian officials accused Iraq of arming the rebels, a charge Iraq quickly rejected.', [IRQ, SYR, { names: ['Syrian officials'], code: 'SYRGOV' }]);
    expect(summary(es).filter((x) => x.startsWith('12'))).toEqual(['120 IRQ>SYRGOV']);
  });
});

describe('events: more targets held by phrases', () => {
  it('takes the owner of a proposal accepted inside a wrapper ("ready to accept a Syrian proposal")', () => {
    expect(summary(events('Iraq said it is ready to accept a Syrian proposal for talks.', [IRQ, SYR])).filter((x) => x.startsWith('03'))).toEqual(['030 IRQ>SYR']);
  });

  it('aims a rejected charge at whoever repeated the claim', () => {
    const es = events('Syrian officials repeated the claim that the attack came from Iraq, a charge Iraq rejected.', [IRQ, SYR, { names: ['Syrian officials'], code: 'SYRGOV' }]);
    expect(summary(es).filter((x) => x.startsWith('12'))).toEqual(['120 IRQ>SYRGOV']);
  });
});

describe('events: an agreement sought through talks with someone', () => {
  const IRQGOV: HandActor = { names: ['Iraqi officials'], code: 'IRQGOV' };
  it('is with the partner of the talks it is the purpose of ("held talks with Iraqi officials to reach the agreement")', () => {
    const es = summary(events('The Syrian president held long talks with Iraqi officials in Baghdad to reach the agreement.', [SYR, IRQGOV]));
    expect(es.filter((e) => e.startsWith('03'))).toEqual(['030 SYR>IRQGOV']);
  });

  it('names nobody when the clause it is the purpose of has no partner', () => {
    expect(summary(events('Syria sent envoys to Baghdad to sign the agreement.', [SYR, IRQ])).filter((e) => e.startsWith('05'))).toEqual(['057 SYR>-']);
  });
});

describe('events: targets past a time word', () => {
  it('aims a call for a session at the body whose session it is ("requested a session Monday of the Arab League")', () => {
    const LEAGUE: HandActor = { names: ['Arab League'], code: 'IGOARL', type: 'ORG' };
    expect(summary(events('Iraq requested an emergency session Monday of the Arab League to discuss the crisis.', [IRQ, LEAGUE]))).toContain('026 IRQ>IGOARL');
  });

  it('aims a demand at the subject of its that-clause past a time word ("repeated its demand today that Syria withdraw")', () => {
    expect(summary(events('Iraq repeated its demand today that Syria withdraw its troops from the border.', [IRQ, SYR]))).toEqual(['106 IRQ>SYR']);
  });
});

describe('events: the recipient of a thing acted on (lexicon recipientNouns)', () => {
  it('aims an act on a commitment or an aid at whom it was for, not on the to-phrase of other nouns', () => {
    expect(summary(events('Syria reneged on its commitment to Iraq.', [IRQ, SYR]))).toEqual(['120 SYR>IRQ']);
    expect(summary(events('Syria reneged on its closeness to Iraq.', [IRQ, SYR]))).toEqual(['120 SYR>-']);
  });
});

describe('events: an investigation aimed at the place it is done in', () => {
  it('aims inspectors sent to a site at the country the site is in, as a material act would be', () => {
    const IRAQ = { ...IRQ, geo: { lat: 33, lon: 44, country: 'IRQ', feature: 'country' } };
    expect(summary(events('Syria sent inspectors to a chemical plant in northern Iraq.', [IRAQ, SYR]))).toEqual(['090 SYR>IRQ']);
    // (with no place, the inspectors are not taken as Syria's own people: the act is not dropped as one on itself)
    expect(summary(events('Syria sent inspectors to the chemical plant.', [IRAQ, SYR]))).toEqual(['090 SYR>-']);
  });
});

describe('events: people "at home"', () => {
  it('codes an uncoded target "at home" with the source\'s own country ("called on officials at home and abroad")', () => {
    const es = summary(events('Syrian traders called on officials at home and abroad to lower import taxes.', [IRQ, SYR]));
    expect(es.some((e) => /^020 SYR\w*>SYR\w+$/.test(e))).toBe(true);
  });
});

describe('events: the target of an act carried on', () => {
  it('aims a warning that the source will continue to press someone at that someone ("will continue to exert pressure on Syria")', () => {
    expect(summary(events('Iraq warned on Monday that it will continue to exert pressure on Syria.', [IRQ, SYR]))).toEqual(['130 IRQ>SYR']);
  });
});

describe('events: a force done to a number of people', () => {
  it('codes "arresting 12" as done to people, as "arresting 12 protesters" would be', () => {
    expect(summary(events('Iraqi police raided a village on Monday, killing one and arresting 12.', [IRQ, SYR]))).toContain('173 IRQ>IRQ');
  });
});

describe('events: measures a government takes at home (patterns marked domestic)', () => {
  it('aims a curfew or martial law with no place named at the source\'s own country', () => {
    const GOV: HandActor = { names: ['Syrian government'], code: 'SYRGOV', type: 'ORG' };
    expect(summary(events('The Syrian government said on Monday it is prepared to impose martial law.', [SYR, GOV]))).toContain('1324 SYRGOV>SYR');
    expect(summary(events('The Syrian government imposed a curfew on Monday.', [SYR, GOV]))).toContain('1723 SYRGOV>SYR');
  });
});

describe('events: a thing for people placed somewhere', () => {
  it('aims an act on a thing for uncoded people at the country they are in ("a mandate for the monitors in Iraq")', () => {
    const IRAQ = { ...IRQ, geo: { lat: 33, lon: 44, country: 'IRQ', feature: 'country' } };
    expect(summary(events('Syria agreed on Monday to an extension of the mandate for the monitors in Iraq.', [IRAQ, SYR])).some((e) => /^03\d* SYR>IRQ/.test(e))).toBe(true);
  });
});

describe('events: the parties to a war', () => {
  it('codes "parties to the conflict in X" and "refugees fleeing the fighting in X" with the country the war is fought in', () => {
    const SYRIA = { ...SYR, geo: { lat: 35, lon: 38, country: 'SYR', feature: 'country' } };
    expect(summary(events('Iraq on Monday demanded parties to the conflict in Syria to allow aid convoys.', [IRQ, SYRIA])).some((e) => /^10\d* IRQ>SYR/.test(e))).toBe(true);
    // and people fleeing a war are from where it is fought
    expect(summary(events('Iraq on Monday sent food aid to refugees fleeing the fighting in Syria.', [IRQ, SYRIA])).some((e) => /^07\d* IRQ>SYR/.test(e))).toBe(true);
  });
});

describe('events: the accused named by what an accusation links', () => {
  it('aims allegations linking an attack with a country at that country', () => {
    expect(summary(events('A spokesman on Monday dismissed allegations by the Iraqi army linking the bombing with Syria.', [IRQ, SYR]))).toContain('112 IRQ>SYR');
  });
});

describe('events: a thing referred back to by a definite noun', () => {
  it('aims an act on "the vaccines" at the owner of the vaccine named in the sentence before', () => {
    const text = 'A first batch of the Syrian vaccine arrived in Baghdad on Monday. The Iraqi president welcomed the vaccines.';
    expect(summary(events(text, [IRQ, SYR]))).toContain('051 IRQ>SYR');
    expect(summary(events('A first batch of vaccine arrived in Baghdad on Monday. The Iraqi president welcomed the vaccines.', [IRQ, SYR]))).toContain('051 IRQ>-');
  });
});
