import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadoutEvent } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { handDocument, type HandActor } from '../../test-support/hand-layers.js';
import { extractEvents } from './events-stage.js';

const ctx = createContext();
const IRN: HandActor = { names: ['Iran', 'Iranian'], code: 'IRN' };
const USA: HandActor = { names: ['United States', 'U.S.', 'Washington'], code: 'USA' };
const FRA: HandActor = { names: ['France', 'French', 'Paris'], code: 'FRA' };
const TUR: HandActor = { names: ['Turkey', 'Turkish'], code: 'TUR' };

function events(text: string, actors: HandActor[], opts: Parameters<typeof handDocument>[3] = {}): ReadoutEvent[] {
  const doc = handDocument(ctx, text, actors, { date: '2024-12-30', ...opts });
  return extractEvents(doc, ctx);
}
const summary = (es: ReadoutEvent[]) => es.map((e) => `${e.cameo.code} ${e.source.actor}>${e.target?.actor ?? '-'}`);

describe('which events are reported: background', () => {
  it('does not report an event noun under "under", "since", "after" or "amid"', () => {
    expect(summary(events('Iran has lived under U.S. sanctions for years.', [IRN, USA]))).toEqual([]);
    expect(summary(events('France recalled its envoy after the Iranian attack on the embassy.', [IRN, FRA])).filter((x) => x.startsWith('19'))).toEqual([]);
  });

  it('does not report an event noun that is the topic of talk ("spoke about his visit to Iran")', () => {
    expect(summary(events('French officials spoke with reporters about the French visit to Iran.', [IRN, FRA])).filter((x) => x.startsWith('04'))).toEqual([]);
    expect(summary(events('The French envoy paid a visit to Iran.', [IRN, FRA]))).toEqual(['042 FRA>IRN']);
  });

  it('does not report an event noun that is what an act is against ("a deterrent against U.S. threats")', () => {
    expect(summary(events('Iran built a deterrent against U.S. threats.', [IRN, USA])).filter((x) => x.startsWith('13'))).toEqual([]);
  });

  it('keeps the same noun when it is the act told ("imposed new sanctions on Iran")', () => {
    expect(summary(events('The United States imposed new sanctions on Iran.', [IRN, USA]))).toEqual(['163 USA>IRN']);
  });

  it('does not report a past perfect act without a day of its own, but does with one', () => {
    expect(summary(events('France had expelled two Iranian diplomats.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('France had expelled two Iranian diplomats on Monday.', [IRN, FRA], { times: [{ text: 'Monday', value: '2024-12-23' }] }))).toEqual(['166 FRA>IRN']);
    // reported speech moves the tense back: the reported act is told
    expect(summary(events('France said it had expelled two Iranian diplomats.', [IRN, FRA]))).toEqual(['166 FRA>IRN']);
  });

  it('does not report what hangs on a past perfect main clause ("had been exchanging barbs, prompting France to recall")', () => {
    expect(summary(events('France had traded barbs with Iran and then expelled two Iranian diplomats.', [IRN, FRA])).filter((x) => x.startsWith('16'))).toEqual([]);
    const dated = events('Last week France traded barbs with Iran and then expelled two Iranian diplomats.', [IRN, FRA], { times: [{ text: 'Last week', value: '2024-12-23' }] });
    expect(summary(dated).filter((x) => x.startsWith('16'))).toHaveLength(1);
  });

  it('does not date to publication an act its sentence places years earlier', () => {
    expect(summary(events('In 2017, France expelled two Iranian diplomats.', [IRN, FRA], { times: [{ text: '2017', value: '2017' }] }))).toEqual([]);
  });

  it('dates an event by a month in its clause ("in July"), not by the publication date', () => {
    const [e] = events('France expelled two Iranian diplomats in July.', [IRN, FRA], { times: [{ text: 'July', value: '2024-07' }] });
    expect([e?.date, e?.dateSource, e?.time]).toEqual(['2024-07-01', 'time', 't1']);
  });

  it('dates a verb coordinated with the main clause by the sentence time ("Last week, ... met and signed")', () => {
    const es = events('Last week, Iranian and French officials met in Geneva and signed an agreement.', [IRN, FRA], { times: [{ text: 'Last week', value: '2024-12-23' }] });
    expect(es.filter((e) => e.cameo.code === '057').map((e) => [e.date, e.dateSource])).toContainEqual(['2024-12-23', 'time']);
    expect(es.filter((e) => e.cameo.code === '057').every((e) => e.date === '2024-12-23')).toBe(true);
  });

  it('dates a complement of the main clause by the sentence time ("In March, Iran agreed to work with France")', () => {
    const es = events('In March, Iran agreed to work with France.', [IRN, FRA], { times: [{ text: 'March', value: '2024-03' }] });
    expect(es.map((e) => [e.cameo.code, e.date, e.dateSource])).toEqual([['030', '2024-03-01', 'time']]);
  });

  it('does not read a participle that modifies a noun as an act ("legislation targeting Turkey")', () => {
    expect(summary(events('The U.S. Senate passed legislation targeting Turkey.', [USA, TUR]))).toEqual([]);
  });
});

describe('which events are reported: misreadings', () => {
  it('drops an act of an actor on itself unless the kind is domestic', () => {
    expect(summary(events('France praised France.', [FRA]))).toEqual([]);
    expect(summary(events('Gunmen in France attacked a police station.', [FRA])).map((x) => x.split(' ')[1])).toEqual(['FRA>FRACOP']);
  });

  it('reads "meet" with a requirement as no meeting', () => {
    expect(summary(events('Turkey bought Russian jets to meet its defense requirements.', [TUR]))).toEqual([]);
    expect(summary(events('Turkey met Iran on Monday.', [TUR, IRN]))).toEqual(['040 TUR>IRN']);
  });

  it('reads "question the decision" as disapproval, not investigation, and "consider" only with something considered', () => {
    expect(summary(events('French analysts questioned the Iranian decision.', [IRN, FRA]))).toEqual(['110 FRA>IRN']);
    expect(summary(events('French police questioned two Iranian suspects.', [IRN, FRA])).map((x) => x.slice(0, 7))).toEqual(['090 FRA']);
    expect(summary(events('Iran considers it a French province.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('Iran is considering new measures against France.', [IRN, FRA])).map((x) => x.slice(0, 3))).toContain('014');
  });

  it('takes the verbs of ceasing from the lexicon, where a user can add their own', () => {
    const text = 'Iranian forces must avoid attacking Turkish villages.';
    expect(summary(events(text, [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual(['190 IRN>TUR']);
    const dir = mkdtempSync(join(tmpdir(), 'readout-lexicon-'));
    writeFileSync(join(dir, 'my-lexicon.yaml'), 'lexicon:\n  ceasingVerbs: [avoid]\n');
    const own = createContext({ patternDirs: [dir] });
    const doc = handDocument(own, text, [IRN, TUR], { date: '2024-12-30' });
    expect(summary(extractEvents(doc, own)).filter((x) => x.startsWith('19'))).toEqual([]);
  });

  it('does not report the act named after a verb of ceasing ("must stop attacking")', () => {
    expect(summary(events('Iranian forces must stop attacking Turkish villages.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual([]);
    expect(summary(events('Iranian forces attacked Turkish villages.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual(['190 IRN>TUR']);
  });

  it('reads fighting an abstract ill ("fighting corruption") as no military force', () => {
    expect(summary(events('The Iranian government is fighting corruption.', [IRN]))).toEqual([]);
    expect(summary(events('Iranian troops are fighting Turkish forces.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual(['190 IRN>TUR']);
  });

  it('reads backing an abstract good ("supporting peace and stability") as no support for an actor', () => {
    expect(summary(events('France supported peace and stability in the region.', [FRA]))).toEqual([]);
    expect(summary(events('France supported Iran in the dispute.', [IRN, FRA]))).toEqual(['050 FRA>IRN']);
  });

  it('reads "received the vaccines" as no hosting, "received the Iranian president" as hosting', () => {
    expect(summary(events('France received the Iranian vaccines.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('France received the Iranian president.', [IRN, FRA]))).toEqual(['043 FRA>IRN']);
  });

  it('does not make a news outlet the source of a material act', () => {
    const VOA: HandActor = { names: ['VOA'], code: 'USAMED' };
    expect(summary(events('VOA attacked Iranian positions.', [IRN, VOA]))).toEqual([]);
    expect(summary(events('VOA criticized Iran.', [IRN, VOA]))).toEqual(['111 USAMED>IRN']);
  });

  it('codes leaving an organisation as reducing relations, not military retreat', () => {
    const org: HandActor = { names: ['ECOWAS'], code: 'IGOWAFWAS' };
    expect(summary(events('Mali withdrew from ECOWAS.', [{ names: ['Mali'], code: 'MLI' }, org]))).toEqual(['160 MLI>IGOWAFWAS']);
  });

  it('codes formal charges as legal coercion (173)', () => {
    expect(summary(events('Iranian prosecutors charged a French citizen with espionage.', [IRN, FRA]))).toEqual(['173 IRN>FRA']);
  });
});

describe('which events are reported: intents', () => {
  it('codes a commitment with no event in its complement as 030, an aspiration not', () => {
    expect(summary(events('Iran agreed to work with France.', [IRN, FRA]))).toEqual(['030 IRN>FRA']);
    expect(summary(events('Iran hopes to avoid arbitration with France.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('Iran seeks to weaponize its ties with France.', [IRN, FRA]))).toEqual([]);
  });
});

describe('which events are reported: modality', () => {
  it('reads "is due to" as intended', () => {
    expect(events('The Iranian minister is due to visit France.', [IRN, FRA]).map((e) => e.modality)).toEqual(['intended']);
    expect(events('Iran expelled French diplomats.', [IRN, FRA]).map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('which events are reported: states and aims', () => {
  const SDN: HandActor = { names: ['Sudanese army'], code: 'SDNMIL' };
  const RSF: HandActor = { names: ['Rapid Support Forces'], code: 'SDNREB' };

  it('does not report a verb clause after "before" or "after" with its own subject ("before Russia invaded")', () => {
    expect(summary(events('Trade is smaller than before Turkey attacked Iran.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual([]);
  });

  it('does not report an act under way for some time ("has been fighting") or a noun said to be ongoing', () => {
    expect(summary(events('The Rapid Support Forces has been fighting the Sudanese army.', [RSF, SDN]))).toEqual([]);
    expect(summary(events('The Rapid Support Forces attacked the Sudanese army on Monday.', [RSF, SDN]))).toEqual(['190 SDNREB>SDNMIL']);
    expect(summary(events('Iran condemned the ongoing Turkish offensive.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual([]);
    expect(summary(events('Iran condemned the Turkish offensive.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual(['190 TUR>-']);
  });

  it('does not report what an "in order to" clause aims at', () => {
    expect(summary(events('Turkish troops crossed the border in order to attack Iranian positions.', [IRN, TUR])).filter((x) => x.startsWith('19'))).toEqual([]);
  });

  it('does not report as done what is urged, even when the one who urges is not coded', () => {
    expect(summary(events('We urged Iran to resume talks with France.', [IRN, FRA])).filter((x) => x.startsWith('04'))).toEqual([]);
  });

  it('does not report a noun that is the subject of a condition ("if Iranian threats escalate")', () => {
    expect(summary(events('France said that if threats by Iran escalate, it would act.', [IRN, FRA])).filter((x) => x.startsWith('13'))).toEqual([]);
  });
});

describe('which events are reported: descriptions and the moment told', () => {
  it('does not report a relative clause in the present that describes its noun', () => {
    expect(summary(events('France backed a ceasefire plan that is supported by Iran.', [IRN, FRA])).filter((x) => x.startsWith('050 IRN'))).toEqual([]);
    expect(summary(events('France backed a ceasefire plan that Iran supported on Monday.', [IRN, FRA])).filter((x) => x.startsWith('050 IRN'))).toEqual(['050 IRN>-']);
  });

  it('dates a participle hanging on a dated clause by that clause ("Last month, ... killing ...")', () => {
    const doc = handDocument(ctx, 'Last month, Turkish troops raided a village near the border, killing three Iranian guards.', [TUR, IRN],
      { date: '2024-12-30', times: [{ text: 'Last month', value: '2024-11' }] });
    const kills = extractEvents(doc, ctx).filter((e) => e.cameo.root === '19');
    expect(kills.length).toBeGreaterThan(0);
    expect(kills.every((e) => e.date === '2024-11-01')).toBe(true);
  });

  it('takes the against-phrase of a wrapper as target when the wrapped act names none', () => {
    const threats = events('Turkey is threatening retaliation against Washington if hit by sanctions.', [TUR, USA]).filter((e) => e.cameo.root === '13');
    expect(threats.map((e) => `${e.source.actor}>${e.target?.actor ?? '-'}`)).toEqual(['TUR>USA']);
  });
});

describe('which events are reported: proposals and prospects', () => {
  it('does not report an event noun with a prospective modifier ("a U.S.-proposed ceasefire", "a possible attack")', () => {
    expect(summary(events('France warned of a possible Iranian attack.', [IRN, FRA])).filter((x) => x.startsWith('19'))).toEqual([]);
    expect(summary(events('France condemned the Iranian attack.', [IRN, FRA])).filter((x) => x.startsWith('19'))).toHaveLength(1);
  });

  it('does not report what a proposal noun\'s for-phrase proposes ("a plan for rearming Europe and supporting Ukraine")', () => {
    expect(summary(events('The French government proposed a plan for expelling Iranian diplomats.', [IRN, FRA])).filter((x) => x.includes('>IRN'))).toEqual([]);
    expect(summary(events('France backed a proposal for the United States to lift sanctions on Iran.', [IRN, FRA, USA])).filter((x) => x.startsWith('08'))).toEqual([]);
    expect(summary(events('The French government expelled Iranian diplomats.', [IRN, FRA])).filter((x) => x.includes('>IRN'))).toHaveLength(1);
  });

  it('does not report a verb coordinated with an infinitive that tells no act ("need to close the border and suspend visas")', () => {
    expect(summary(events('France said it needs to wait and expel Iranian diplomats.', [IRN, FRA])).filter((x) => x.startsWith('16'))).toEqual([]);
  });
});

describe('which events are reported: called off, states and modality', () => {
  it('does not report a scheduled act that its sentence says was called off', () => {
    expect(summary(events('France and Iran were supposed to sign a trade deal, but the signing was called off.', [IRN, FRA])).filter((x) => x.startsWith('05'))).toEqual([]);
    expect(events('France and Iran were supposed to sign a trade deal.', [IRN, FRA]).filter((e) => e.cameo.root === '05').map((e) => e.modality)).toContain('intended');
  });

  it('does not report a main clause in the present passive ("are sanctioned by"), nor an act "already" under way', () => {
    expect(summary(events('Both Iranian tankers are sanctioned by the United States.', [IRN, USA]))).toEqual([]);
    expect(summary(events('Both Iranian tankers were sanctioned by the United States.', [IRN, USA]))).toHaveLength(1);
    expect(summary(events('France was already sending aid to Iran before the quake.', [IRN, FRA])).filter((x) => x.startsWith('07'))).toEqual([]);
  });

  it('reads a relative clause whose "will" is cut off by commas as a relative in the future ("which will, in practice, quickly shut down")', () => {
    const text = 'Iran will raise duties on cars coming into Iran which will, in practice, quickly shut down the car industry in France.';
    expect(summary(events(text, [IRN, FRA])).filter((x) => x.startsWith('17'))).toEqual([]);
  });

  it('reads a future cut by a quote mark as intended and "may have to" as hypothetical', () => {
    const [declared] = events('France responded that the French government will “shortly be expelling Iranian diplomats.', [IRN, FRA]);
    expect(declared?.modality).toBe('intended');
    const asked = events('France said it may have to consider talks or ask Iran to release the sailors.', [IRN, FRA]).filter((e) => e.cameo.root === '02');
    expect(asked.map((e) => e.modality)).toEqual(['hypothetical']);
  });
});

describe('which events are reported: reasons, allegations and what is urged', () => {
  it('does not report the reason given with "for" or the act alleged with "accused ... of"', () => {
    expect(summary(events('Iran praised France for protecting the Iranian embassy.', [IRN, FRA]))).toEqual(['051 IRN>FRA']);
    expect(summary(events('Iran accused France of attacking the Iranian embassy.', [IRN, FRA]))).toEqual(['112 IRN>FRA']);
    expect(summary(events('A French teacher was arrested in Iran for collaborating with Turkey.', [IRN, FRA, TUR])).filter((x) => !x.startsWith('17'))).toEqual([]);
    expect(summary(events('Turkey criticized France for refusing to support Iran.', [IRN, FRA, TUR])).filter((x) => !x.startsWith('111'))).toEqual([]);
  });

  it('does not report what someone has the right, power or capacity to do', () => {
    expect(summary(events('France defended the right of Iranian forces to fire on smugglers.', [IRN, FRA])).filter((x) => x.startsWith('19'))).toEqual([]);
    expect(summary(events('Iran gave its navy the authority to seize French ships.', [IRN, FRA])).filter((x) => x.startsWith('17'))).toEqual([]);
  });

  it('does not report the act alleged after "suspected of" or a passive "accused of"', () => {
    expect(summary(events('France offered to hand over two Iranians suspected of attacking the French embassy.', [IRN, FRA])).filter((x) => x.startsWith('19') || x.startsWith('18'))).toEqual([]);
    expect(summary(events('Iran was accused by France of shelling the border town.', [IRN, FRA])).filter((x) => x.startsWith('19'))).toEqual([]);
    expect(summary(events('Iran lodged a protest with France, charging it with supporting the rebels.', [IRN, FRA])).filter((x) => x.startsWith('05'))).toEqual([]);
  });

  it('does not report a refusal or an intent that is itself demanded of someone', () => {
    expect(summary(events('France demanded that Iran refuse to recognize the rebels.', [IRN, FRA])).map((x) => x.slice(0, 2))).toEqual(['10']);
    expect(summary(events('France said Iran must be ready to mediate with Turkey.', [IRN, FRA, TUR])).filter((x) => x.startsWith('03'))).toEqual([]);
    // an intent to appeal is still the appeal, intended
    expect(summary(events('France plans to urge Iran to release the prisoners.', [IRN, FRA]))).toEqual(['0253 FRA>IRN']);
  });

  it('does not report as done a verb coordinated with what is urged', () => {
    const es = summary(events('France urged Iran to free the prisoners and cooperate with Turkey.', [IRN, FRA, TUR]));
    expect(es.filter((x) => x.startsWith('06'))).toEqual([]);
    expect(es.some((x) => x.startsWith('02') || x.startsWith('10'))).toBe(true);
  });
});

describe('event dates: never after publication for a past act', () => {
  it('does not date a past act by a later time of another clause', () => {
    const doc = handDocument(ctx, 'Turkey imposed tariffs on Iranian exports, then delayed them until April 2.', [TUR, IRN],
      { date: '2025-03-09', times: [{ text: 'until April 2', value: '2025-04-02' }] });
    const e = extractEvents(doc, ctx).find((x) => x.cameo.root === '16');
    expect([e?.date, e?.dateSource]).toEqual(['2025-03-09', 'published']);
  });
});

describe('modality of conditional threats', () => {
  it('keeps a threat made on a condition asserted', () => {
    const es = events('Turkey is threatening retaliation against Washington if hit by sanctions.', [TUR, USA]).filter((e) => e.cameo.root === '13');
    expect(es.map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('which events are reported: participles set off by commas', () => {
  it('does not report "X, supported by Y," as Y supporting X told as news', () => {
    expect(summary(events('Turkish soldiers, supported by French troops, attacked Iranian positions.', [TUR, IRN, FRA])).filter((x) => x.startsWith('05'))).toEqual([]);
    expect(summary(events('French troops supported Turkish soldiers on Monday.', [TUR, FRA])).filter((x) => x.startsWith('05'))).toEqual(['050 FRA>TUR']);
  });
});

describe('which events are reported: -ing forms glued to a noun, predicted consequences', () => {
  it('does not give "tariffs targeting X" to the speaker of the sentence', () => {
    expect(summary(events('The French minister said Turkish tariffs targeting Iran and France, along with a new duty, are aimed at cutting imports.', [TUR, IRN, FRA]))
      .filter((x) => x.startsWith('16') || x.startsWith('19'))).toEqual([]);
  });

  it('reports a protest told by an -ing form glued to the people making it, with them as its source', () => {
    const es = events('Turkish police fired tear gas at students demonstrating against the tax law in Izmir.',
      [{ names: ['Turkish police'], code: 'TURCOP', type: 'ORG' }, { names: ['Izmir'], code: 'TUR', geo: { lat: 38.4, lon: 27.1, country: 'TUR', feature: 'city' } }]);
    expect(summary(es).filter((x) => x.startsWith('14'))).toEqual(['141 TUR>TUR']);
  });

  it('keeps a participle after a comma ("crossed the border, killing three guards")', () => {
    expect(summary(events('Turkish troops crossed the border, killing three Iranian guards.', [TUR, IRN])).filter((x) => x.startsWith('19'))).toEqual(['190 TUR>IRN']);
  });

  it('does not report what a relative clause in the future predicts', () => {
    expect(summary(events('Turkey will raise tariffs, which will shut down the Iranian car business.', [TUR, IRN])).filter((x) => x.startsWith('17'))).toEqual([]);
  });
});

describe('which events are reported: infinitives no wrapper codes', () => {
  it('does not report an act after a verb of leaning, judgment or need ("is inclined to support", "needs to impose")', () => {
    expect(summary(events('France is inclined to support Iran.', [IRN, FRA]))).toEqual([]);
    expect(summary(events('The United States needs to impose sanctions on Iran.', [IRN, USA]))).toEqual([]);
  });

  it('does not report an infinitive with no clause above it that completes an intention noun ("its intention to close ... has increased")', () => {
    expect(summary(events("The French ministry's notice on Monday of its plan to close two Iranian schools has worried Iranian parents.", [IRN, FRA])).filter((x) => x.startsWith('1'))).toEqual([]);
    // a headline's infinitive after a name is left alone
    expect(summary(events('France to expel Iranian diplomats.', [IRN, FRA]))).toEqual(['166 FRA>IRN']);
  });

  it('keeps attempts, carried-on acts, scheduled acts and purposes after an object', () => {
    expect(summary(events('France tried to expel two Iranian diplomats.', [IRN, FRA]))).toEqual(['166 FRA>IRN']);
    expect(summary(events('The United States continued to impose sanctions on Iran.', [IRN, USA]))).toEqual(['163 USA>IRN']);
    expect(events('The French president is due to visit Iran.', [IRN, FRA]).map((e) => [e.cameo.root, e.modality])).toEqual([['04', 'intended']]);
    expect(summary(events('France sent troops to attack Iranian positions.', [IRN, FRA]))).toEqual(['190 FRA>IRN']);
  });
});
