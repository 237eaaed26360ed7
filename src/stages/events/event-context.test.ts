// Event dates: which time expression dates an act (event-context.ts).
import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { eventSummary as summary, handEvents } from '../../test-support/hand-events.js';
import type { HandActor } from '../../test-support/hand-layers.js';

const ctx = createContext();
const IRQ: HandActor = { names: ['Iraq', 'Iraqi'], code: 'IRQ' };
const SYR: HandActor = { names: ['Syria', 'Syrian', 'Damascus'], code: 'SYR' };
const events = (text: string, actors: HandActor[], opts: Parameters<typeof handEvents>[3] = {}): ReadoutEvent[] => handEvents(ctx, text, actors, opts);
/** The date and its source of the one event of this CAMEO root in an Iraq-Syria sentence with these times. */
function dated(text: string, times: Array<{ text: string; value: string }>, root: string): [string | null, string] {
  const [e] = events(text, [IRQ, SYR], { times }).filter((x) => x.cameo.root === root);
  return [e!.date, e!.dateSource];
}

describe('events: a relative clause that describes an actor does not date the act', () => {
  it('does not date "Syria, which broke off ties in 2012, rejected ..." by 2012', () => {
    expect(dated('Syria, which broke off ties with Iraq in March 2012, rejected the Iraqi proposal.', [{ text: 'March 2012', value: '2012-03' }], '12')).toEqual(['2024-12-30', 'published']);
  });
});

describe('events: a possessive time dates the noun it owns', () => {
  it('does not date "rejected the claim that Tuesday\'s attack ..." by Tuesday', () => {
    expect(dated('Syria rejected the Iraqi claim that Tuesday\'s attack was planned in Damascus.', [{ text: 'Tuesday', value: '2024-12-24' }], '12')).toEqual(['2024-12-30', 'published']);
    expect(dated('Syria rejected the Iraqi claim on Tuesday.', [{ text: 'Tuesday', value: '2024-12-24' }], '12')).toEqual(['2024-12-24', 'time']);
  });
});

describe('events: a time that names another noun or a limit does not date the act', () => {
  it('dates "voted on Tuesday, urging ... the March 4 vote" by Tuesday', () => {
    expect(dated('On Tuesday, the Iraqi parliament voted 300-7, urging an inquiry into fraud in the March 4 vote in Syria.', [{ text: 'Tuesday', value: '2024-12-24' }, { text: 'March 4', value: '2024-03-04' }], '02')).toEqual(['2024-12-24', 'time']);
  });
  it('dates a wish told "on Monday" by Monday, not by "before the election in November"', () => {
    expect(dated('On Monday, Iraqi media reported that the Iraqi president wants to meet the Syrian president before the election in November.', [{ text: 'Monday', value: '2024-12-23' }, { text: 'November', value: '2025-11' }], '03')).toEqual(['2024-12-23', 'time']);
  });
  it('still dates an act by "in a November report"', () => {
    expect(dated('Syria urged Iraq to reopen the border in a November report.', [{ text: 'November', value: '2024-11' }], '02')).toEqual(['2024-11-01', 'time']);
  });
});

describe('events: a clause of the same moment shares its main clause\'s day', () => {
  it('dates "spoke on Monday as the army attacked ..." by Monday', () => {
    expect(dated('Iraqi officials spoke on Monday as the army attacked Syrian positions.', [{ text: 'Monday', value: '2024-12-23' }], '19')).toEqual(['2024-12-23', 'time']);
  });
});

describe('events: a past act right after a dated sentence that shares a participant takes its day', () => {
  const monday = { times: [{ text: 'Monday', value: '2024-12-23' }] };
  it('dates "Syria condemned Iraq" by the Monday of the sentence before that names Iraq', () => {
    const [e] = events('Iraq closed the border crossing on Monday. Syria strongly condemned Iraq.', [IRQ, SYR], monday).filter((x) => x.cameo.root === '11');
    expect([e!.date, e!.dateSource]).toEqual(['2024-12-23', 'time']);
  });
  it('dates "welcomed the shipment" by the sentence before that tells the shipment', () => {
    const [e] = events('The shipment of grain arrived in Baghdad on Monday. The Iraqi minister welcomed the shipment.', [IRQ, SYR], monday).filter((x) => x.cameo.root === '05');
    expect([e!.date, e!.dateSource]).toEqual(['2024-12-23', 'time']);
  });
  it('leaves an act that shares nothing with the sentence before, and a present perfect, on publication', () => {
    const [a] = events('The storm hit the coast on Monday. Syria strongly condemned Iraq.', [IRQ, SYR], monday).filter((x) => x.cameo.root === '11');
    expect([a!.date, a!.dateSource]).toEqual(['2024-12-30', 'published']);
    const [b] = events('Iraq closed the border crossing on Monday. Syria has condemned Iraq.', [IRQ, SYR], monday).filter((x) => x.cameo.root === '11');
    expect([b!.date, b!.dateSource]).toEqual(['2024-12-30', 'published']);
  });
});

describe('events: quoted sentences do not move the story\'s time', () => {
  it('dates "Syria also accused Iraq" by the dated sentence before the quotes', () => {
    const text = 'Syria condemned the Iraqi raid on Monday. "We will not accept this attack on our people and our land," the Syrian minister said. "It was a crime." Syria also accused Iraq of torture.';
    const quotes = [{ text: '"We will not accept this attack on our people and our land,"', speaker: null }, { text: '"It was a crime."', speaker: null }];
    const [e] = events(text, [IRQ, SYR], { times: [{ text: 'Monday', value: '2024-12-23' }], quotes }).filter((x) => x.cameo.code === '112');
    expect([e!.date, e!.dateSource]).toEqual(['2024-12-23', 'time']);
  });
});

describe('events: a definite event noun takes the day of the earlier mention it refers to', () => {
  const monday = { times: [{ text: 'on Monday', value: '2024-12-23' }] };
  it('dates "died in the first raid by Syria" by the Monday of the raid told before', () => {
    const text = 'An Iraqi border post came under a rocket raid on Monday. Officials counted the losses. They said nine guards died in the first raid by Syria.';
    const [e] = events(text, [IRQ, SYR], monday).filter((x) => x.cameo.root === '19');
    expect([e!.date, e!.dateSource]).toEqual(['2024-12-23', 'time']);
  });
  it('leaves an indefinite one on publication', () => {
    const text = 'An Iraqi border post came under a rocket raid on Monday. Officials counted the losses. They said nine guards died in a new raid by Syria.';
    const [e] = events(text, [IRQ, SYR], monday).filter((x) => x.cameo.root === '19');
    expect([e!.date, e!.dateSource]).toEqual(['2024-12-30', 'published']);
  });
});
