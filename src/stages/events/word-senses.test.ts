import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/context.js';
import { codedEvents, handActor } from '../../test-support/coded-events.js';
import type { HandActor } from '../../test-support/hand-layers.js';

// Word senses: triggers that are events in one sense only (pattern data's `excludes`, `requires`, `notSubjects`).
const ctx = createContext();
const A = handActor;
const KEN = A(['Kenya', 'Kenyan'], 'KEN');
const SOM = A(['Somalia', 'Somali'], 'SOM');

const coded = (text: string, actors: HandActor[]) => codedEvents(ctx, text, actors);

describe('event types: triggers that are events in one sense only', () => {
  const IRQ = A(['Iraq', 'Iraqi'], 'IRQ');
  const SYR = A(['Syria', 'Syrian'], 'SYR');
  const roots = (text: string, actors: HandActor[]) => coded(text, actors).map((x) => x.slice(0, 2));

  it('resigning to allow something is a resignation; quitting an act is ceasing it, not resigning (080)', () => {
    expect(coded('The Kenyan minister resigned to allow an inquiry.', [KEN])).toEqual(['080 RETREAT KEN>-']);
    expect(coded('The Kenyan minister quit after the scandal.', [KEN])).toEqual(['080 RETREAT KEN>-']);
    expect(roots('The Kenyan army must quit intimidating Somalia.', [KEN, SOM])).not.toContain('08');
  });

  it('an alert against a disease or a storm is no military alert (152); the sentence tells which', () => {
    expect(coded('Kenya went on high alert on Friday, announcing new cholera cases in the capital.', [KEN])).toEqual([]);
    expect(coded('Kenya put its coast on high alert as a cyclone approached on Friday.', [KEN])).toEqual([]);
    expect(roots('Kenya put its army on high alert on Friday after clashes with Somali forces.', [KEN, SOM])).toContain('15');
  });

  it('a court appeal or a plea is no appeal to an actor (020)', () => {
    expect(roots('Kenya has until Monday to appeal the ruling of the Somali court.', [KEN, SOM])).not.toContain('02');
    expect(roots('The Kenyan envoy pleaded guilty to the charges.', [KEN])).not.toContain('02');
    expect(coded('Kenya appealed to Somalia for calm.', [KEN, SOM])).toEqual(['020 REQUEST KEN>SOM']);
  });

  it('an agreement is an event when it is reached, not when it is named', () => {
    expect(roots('The Kenya-Somalia pact will weaken the rebels.', [KEN, SOM])).not.toContain('03');
    expect(roots('Kenya and Somalia reached an agreement on Monday.', [KEN, SOM])).toContain('03');
  });

  it('talking is consulting only with someone', () => {
    expect(roots('Kenyan officials talked about the possibility of new sanctions.', [KEN])).not.toContain('04');
    expect(coded('Kenyan officials talked with Somali diplomats on Monday.', [KEN, SOM])).toContain('040 CONSULT KEN>SOM');
  });

  it('a price charged is no accusation, hosting refugees is no visit, an economic campaign is no force', () => {
    expect(roots('Kenya is charging Somali traders 25% more for electricity.', [KEN, SOM])).not.toContain('11');
    expect(roots('Kenya hosts more than 400,000 Somali refugees.', [KEN, SOM])).not.toContain('04');
    expect(roots('Kenya launched an economic coercion campaign against Somalia.', [KEN, SOM])).not.toContain('19');
    expect(roots('Kenya launched a military campaign against Somalia.', [KEN, SOM])).toContain('19');
  });

  it('tourists visiting, flying people somewhere and calling something a name are no visit and no appeal', () => {
    expect(roots('More than a million Kenyan tourists visited Somalia last year.', [KEN, SOM])).not.toContain('04');
    expect(roots('Kenya is flying the refugees to Somalia.', [KEN, SOM])).not.toContain('04');
    expect(coded('The Kenyan foreign minister flew to Somalia on Monday.', [KEN, SOM])).toContain('042 CONSULT KEN>SOM');
    expect(roots('Kenya called the Somali drills "a provocation for the region".', [KEN, SOM])).not.toContain('02');
  });

  it('a deal or act said to violate a law is judged, not a defiance by its owner (128)', () => {
    expect(roots("Kenya's purchase of Somali drones violated the regional arms accord.", [KEN, SOM])).not.toContain('12');
    expect(roots('The Somali missile test breached U.N. resolutions.', [SOM])).not.toContain('12');
    expect(coded('Kenya violated the Somali border agreement.', [KEN, SOM]).some((x) => x.startsWith('128 ') && x.includes('KEN>'))).toBe(true);
  });

  it('warning of a danger foresees it; warning someone, or of a response, threatens (130)', () => {
    const SHB = A(['al-Shabaab'], 'SOMREB');
    expect(roots('Kenyan officials warned in May of a possible al-Shabaab comeback in the region.', [KEN, SHB])).not.toContain('13');
    expect(roots('Kenya warned of famine in Somalia.', [KEN, SOM])).not.toContain('13');
    expect(coded('Kenya warned Somalia of a strong response.', [KEN, SOM])).toContain('130 THREATEN KEN>SOM');
    expect(roots('Kenya warned of a strong response to any Somali incursion.', [KEN, SOM])).toContain('13');
  });

  it('an operation or a campaign is force when launched, not when owned ("the group\'s operations")', () => {
    expect(roots('Kenya expanded its operations in Somalia.', [KEN, SOM])).not.toContain('19');
    expect(roots('Kenya launched a military operation against Somalia.', [KEN, SOM])).toContain('19');
  });

  it('inflicting casualties on someone is force against them; capturing territory is no arrest', () => {
    expect(coded('Kenyan troops inflicted heavy casualties on Somali forces.', [KEN, SOM])).toContain('190 ASSAULT KEN>SOM');
    expect(roots('Kenyan troops captured new territory in Somalia.', [KEN, SOM])).not.toContain('17');
  });

  it('concern expressed or shared over someone is a pessimistic comment about them (012), not an accord', () => {
    expect(coded('Kenya and Ethiopia shared concerns over Somalia\'s new law.', [KEN, SOM, { names: ['Ethiopia'], code: 'ETH' }])).toEqual(['012 - KEN>SOM', '012 - ETH>SOM']);
    expect(coded('Kenya expressed concern over Somalia\'s new law.', [KEN, SOM])).toEqual(['012 - KEN>SOM']);
  });

  it('demands answered, rejected or met are the answer\'s background, not a new demand', () => {
    expect(roots('Kenya rejected the demands of Somalia.', [KEN, SOM])).not.toContain('10');
    expect(roots('Kenyan officials responded to Somalia\'s demands on Monday.', [KEN, SOM])).not.toContain('10');
    expect(coded('Somalia issued a demand to Kenya.', [KEN, SOM])).toContain('100 REQUEST SOM>KEN');
  });

  it('an ultimatum, issued or named, is a threat (139), not a plain demand as well', () => {
    expect(coded('Somalia issued an ultimatum to Kenya.', [KEN, SOM])).toEqual(['139 THREATEN SOM>KEN']);
    expect(coded('Somalia\'s ultimatum to Kenya expired on Monday.', [KEN, SOM])).toEqual(['139 THREATEN SOM>KEN']);
  });

  it('seizing power is neither a confiscation nor an occupation', () => {
    expect(roots('The Kenyan army seized power in Somalia.', [KEN, SOM]).filter((r) => r === '17' || r === '19')).toEqual([]);
    expect(roots('Kenyan police seized weapons from Somali smugglers.', [KEN, SOM])).toContain('17');
  });

  it('talking behind closed doors is no closure', () => {
    expect(roots('Kenyan officials discussed Somalia\'s role in regional security behind closed doors.', [KEN, SOM])).not.toContain('17');
    expect(roots('Kenya closed the Somali embassy.', [KEN, SOM])).toContain('17');
  });

  it('taking over a train or a plane is a hijacking (181), taking over a town an occupation (192)', () => {
    expect(roots('Somali militants took over a Kenyan passenger train.', [KEN, SOM])).toEqual(['18']);
    expect(roots('Somali militants took over the Kenyan town of Mandera.', [KEN, SOM])).toContain('19');
  });

  it('leading a race or evacuating civilians is no military retreat', () => {
    expect(roots('Kenya and Somalia have pulled way out front in the trade race.', [KEN, SOM])).not.toContain('08');
    expect(roots('Kenya evacuated Somali refugees from the camp.', [KEN, SOM])).not.toContain('08');
    expect(roots('Kenyan troops withdrew from Somalia on Monday.', [KEN, SOM])).toContain('08');
  });

  it('taking the lead is no seizure, quitting an act is no resignation, wanting to close camps is no threat', () => {
    expect(roots('Kenya will take a commanding lead over Somalia in trade.', [KEN, SOM])).not.toContain('19');
    expect(roots('Kenya captured the Somali town of Dhobley.', [KEN, SOM])).toContain('19');
    expect(roots('Somali officials said Kenya must quit intimidating Somalia.', [KEN, SOM])).not.toContain('08');
    expect(roots('Kenya wants to close the Somali refugee camps.', [KEN, SOM])).not.toContain('13');
    expect(roots('Kenya threatened to close the Somali refugee camps.', [KEN, SOM])).toContain('13');
  });

  it('warning that something would happen is a forecast (012), warning that one will act is a threat', () => {
    expect(coded('Kenya warned that the Somali law would divide the region.', [KEN, SOM]).map((x) => x.slice(0, 3))).toEqual(['012']);
    expect(roots('Kenya warned that it would strike Somalia.', [KEN, SOM])).toContain('13');
  });

  it('ordering an arrest codes the arrest (17x), not a demand', () => {
    expect(coded('Iraq ordered the arrest of two Syrian diplomats.', [IRQ, SYR])).toEqual(['173 COERCE IRQ>SYR']);
  });

  it('a compound actor that backs a thing does not back its own members', () => {
    expect(coded('Kenya and Somalia supported the call for a ceasefire.', [KEN, SOM])).toEqual(['050 SUPPORT KEN>-', '050 SUPPORT SOM>-']);
    expect(coded('Kenya and Somalia agreed on Monday.', [KEN, SOM]).sort()).toEqual(['030 AGREE KEN>SOM', '030 AGREE SOM>KEN']);
  });

  it('considering X to be Y is a view, not a policy option weighed (014), also past X\'s own phrases', () => {
    expect(coded('Kenya said on Monday it considered the withdrawal of forces by Somalia and other foreign countries a good step.', [KEN, SOM]).map((x) => x.slice(0, 3))).not.toContain('014');
    expect(coded('Kenya is considering the withdrawal of troops from Somalia.', [KEN, SOM]).map((x) => x.slice(0, 3))).toContain('014');
  });

  it('declaring something a health emergency is no martial law (1724); declaring martial law is', () => {
    const WHO = A(['World Health Organization'], 'IGO');
    expect(coded('The World Health Organization declared mpox a global health emergency.', [WHO]).map((x) => x.slice(0, 4))).not.toContain('1724');
    expect(coded('The Kenyan government declared martial law in the capital.', [A(['Kenyan government'], 'KENGOV')]).map((x) => x.slice(0, 4))).toContain('1724');
  });

  it('asking for a thing to do something urges nobody: the infinitive is a purpose', () => {
    const JUD = A(['Kenyan judge'], 'KENJUD');
    expect(coded('The Kenyan judge requested more time to examine the case.', [JUD])).toEqual([]);
    expect(coded('Kenya urged Somalia to release the prisoners.', [KEN, SOM]).map((x) => x.split(' ').at(-1))).toEqual(['KEN>SOM']);
  });
});

describe('things named or asked for are not actors (pattern key thing-object)', () => {
  const KENGOV = A(['President Ruto', 'Ruto'], 'KENGOV');
  const EU = A(['EU', 'European Union'], 'IGOEUREEC');

  it('calling a move or a decision something is naming it, not phoning anyone (041)', () => {
    expect(coded('President Ruto called the Somali decision unfair.', [KENGOV, SOM])).toEqual([]);
    expect(coded('Ruto called the EU plan a betrayal.', [KENGOV, EU])).toEqual([]);
    expect(coded('President Ruto called his Somali counterpart on Sunday.', [KENGOV, SOM])).toEqual(['041 CONSULT KENGOV>SOM']);
    expect(coded('President Ruto called the Somali president on Sunday.', [KENGOV, SOM])).toEqual(['041 CONSULT KENGOV>SOM']);
  });

  it('an active infinitive after a thing tells its purpose; nobody is urged (020)', () => {
    expect(coded('President Ruto called the EU move to tax Kenyan tea "disappointing."', [KENGOV, EU])).toEqual([]);
    expect(coded('Ruto asked the Somali army to withdraw.', [KENGOV, SOM])).toEqual(['0256 REQUEST KENGOV>SOM']);
    // a passive infinitive is what the thing should undergo: still an appeal
    expect(coded('Ruto urged the EU plan to be dropped.', [KENGOV, EU])).toEqual(['020 REQUEST KENGOV>IGOEUREEC']);
  });
});
