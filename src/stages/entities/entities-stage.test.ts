import { describe, expect, it } from 'vitest';
import { entityWithMention, extractText } from '../../test-support/entities-of.js';

describe('entities stage', () => {
  it('codes people through their role on the article date', () => {
    const before = entityWithMention(extractText('Bashar al-Assad met his cabinet in Damascus.', '2024-12-01'), 'Bashar al-Assad');
    const after = entityWithMention(extractText('Bashar al-Assad met his cabinet in Damascus.', '2024-12-30'), 'Bashar al-Assad');
    expect(before?.actor).toMatchObject({ code: 'SYRGOV' });
    expect(after?.actor).toMatchObject({ code: 'SYRELI' });
  });

  it('gives a lone surname to the nearest person before it who has it, and a word of a full name to its person', () => {
    const doc = extractText('John Kamara met Peter Obuya in Nairobi. Later Mary Kamara, a lawyer, joined them. Kamara said the talks went well. Obuya agreed.');
    const lone = (text: string, at: number) => doc.entities.find((e) => e.mentions.some((m) => m.text === text && m.start === at));
    expect(lone('Kamara', 82)?.mentions.map((m) => [m.text, m.rule])).toEqual([['Mary Kamara', 'name:capitalised-run'], ['Kamara', 'surname:article']]);
    expect(lone('Obuya', 115)?.mentions[0]!.text).toBe('Peter Obuya');
    const word = entityWithMention(extractText('Wanjiru Odhiambo met Peter Obuya in Nairobi. Wanjiru said the talks went well.'), 'Wanjiru');
    expect(word?.mentions.map((m) => [m.text, m.rule])).toEqual([['Wanjiru Odhiambo', 'name:capitalised-run'], ['Wanjiru', 'name-word:article']]);
  });

  it('reads a lone surname in an undated text naming other countries as the one known person of that name, unless a title says otherwise', () => {
    const undated = entityWithMention(extractText('Putin offered to negotiate with Armenia.', null), 'Putin');
    expect(undated?.actor?.code).toBe('RUSGOV');
    expect(undated?.mentions[0]!.rule).toContain('surname:kb');
    // the only Hassan of the knowledge base is a Jordanian prime minister, never a king
    expect(entityWithMention(extractText('King Hassan said he would host a meeting between Israel and the PLO.', null), 'Hassan')?.actor?.country).not.toBe('JOR');
  });

  it('gives a titled person without a country the one country the text describes, when it names none', () => {
    const doc = extractText('Judge Marta Quiroga opened an inquiry into 12 Peruvian government officials, the court said.', '2024-05-02');
    expect(entityWithMention(doc, 'Marta Quiroga')?.actor).toMatchObject({ code: 'PERJUD' });
    // a country named by name still outweighs one only described
    const named = extractText('Judge Marta Quiroga in Bolivia opened an inquiry into Peruvian officials.', '2024-05-02');
    expect(entityWithMention(named, 'Marta Quiroga')?.actor).toMatchObject({ code: 'BOLJUD' });
  });

  it('reads former names of states as the state or its continuator (older stories)', () => {
    const doc = extractText('Zairean troops crossed into Kampuchea, the Soviet Union and Yugoslav officials said.', null);
    expect(['Zairean troops', 'Soviet Union', 'Kampuchea', 'Yugoslav officials'].map((m) => entityWithMention(doc, m)?.actor?.country)).toEqual(['COD', 'RUS', 'KHM', 'SRB']);
  });

  it('reads a title written as one hyphenated word as the spaced title', () => {
    const doc = extractText('Vice-President Amos Kiprono met the Ugandan delegation in Nairobi.', '2024-05-02');
    expect(entityWithMention(doc, 'Amos Kiprono')?.actor).toMatchObject({ code: 'KENGOV' });
  });

  it('uses the latest role when the article has no date, and says so in the rule', () => {
    const e = entityWithMention(extractText('Bashar al-Assad spoke.', null), 'Bashar al-Assad');
    expect(e?.actor?.sector).toBe('ELI');
    expect(e?.mentions[0]!.rule).toContain('latest-role(no-date)');
  });

  it.each([
    ['Iraqi officials said the border was calm.', 'Iraqi officials', 'IRQ', 'GOV'],
    ['American warplanes struck the depot.', 'American warplanes', 'USA', 'MIL'],
    ['Somali forces retook the town.', 'Somali forces', 'SOM', 'MIL'],
    ['Syrian rebels entered the city.', 'Syrian rebels', 'SYR', 'REB'],
    ['Kenyan police arrested three men.', 'Kenyan police', 'KEN', 'COP'],
  ])('codes a description: %s', (text, mention, country, sector) => {
    expect(entityWithMention(extractText(text), mention)?.actor).toMatchObject({ country, sector });
  });

  it('reads a name with a plural possessive inside ("Kurdistan Workers\' Party") as that name', () => {
    expect(entityWithMention(extractText("The Kurdistan Workers' Party said it would lay down arms."), "Kurdistan Workers' Party")?.actor).toMatchObject({ code: 'TURREBPKK' });
    // not across a possessive of a plural that is no name
    expect(entityWithMention(extractText("The rebels' Kurdistan base was shelled."), "rebels' Kurdistan")).toBeUndefined();
  });

  it('reads abbreviated military ranks as titles ("Lt. Gen.", "Col.")', () => {
    expect(entityWithMention(extractText('Lt. Gen. Paul Maret resigned in Haiti.'), 'Paul Maret')?.actor).toMatchObject({ code: 'HTIMIL' });
    expect(entityWithMention(extractText('Col. Paul Maret resigned in Haiti.'), 'Paul Maret')?.actor).toMatchObject({ code: 'HTIMIL' });
  });

  it('gives a titled person the knowledge base lacks the country the story names by its capital', () => {
    expect(entityWithMention(extractText('Governor Amadou Toure imposed a curfew in Bamako.'), 'Amadou Toure')?.actor).toMatchObject({ country: 'MLI', sector: 'GOV' });
    expect(entityWithMention(extractText('Judge Pablo Ortiz opened an inquiry in Lima.'), 'Pablo Ortiz')?.actor).toMatchObject({ country: 'PER', sector: 'JUD' });
    // two countries named as often: none
    expect(entityWithMention(extractText('Governor Amadou Toure flew from Bamako to Dakar.'), 'Amadou Toure')?.actor?.country ?? null).toBeNull();
  });

  it('does not give the story\'s country to a title held in international bodies as often ("Secretary General")', () => {
    expect(entityWithMention(extractText('Secretary General Jan Egeland visited a camp in Bamako.'), 'Jan Egeland')?.actor?.country ?? null).toBeNull();
    expect(entityWithMention(extractText('Governor Jan Egeland visited a camp in Bamako.'), 'Jan Egeland')?.actor).toMatchObject({ country: 'MLI' });
  });

  it('gives "the president of Armenia" Armenia, not the other president of the story', () => {
    const doc = extractText('Vladimir Putin met the president of Armenia on Monday. The leader of Afghanistan\'s Taliban spoke.');
    expect(entityWithMention(doc, 'president of Armenia')).toMatchObject({ type: 'PERSON', actor: { code: 'ARMGOV' } });
    expect(entityWithMention(doc, 'Vladimir Putin')?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin']);
    expect(doc.entities.some((e) => e.mentions.some((m) => m.text.includes('leader of Afghanistan')))).toBe(false);
  });

  it('codes another country\'s nationals named with a country adjective by where they live', () => {
    const doc = extractText('Croatian Serbs marched to the border. Serbs in Belgrade watched.');
    expect(entityWithMention(doc, 'Croatian Serbs')).toMatchObject({ type: 'NORP', actor: { code: 'HRV', country: 'HRV' } });
    expect(entityWithMention(doc, 'Serbs')?.actor?.code).toBe('SRB');
  });

  it('codes a person not in the knowledge base from a title, an appositive or a former role', () => {
    const doc = extractText('Iraqi Planning Minister Zaid Qasimi met Omar Tahir Rasul, Jordan\'s new ambassador. Former Lebanese minister Karim Nasr attended.');
    expect(entityWithMention(doc, 'Zaid Qasimi')?.actor).toMatchObject({ code: 'IRQGOV' });
    expect(entityWithMention(doc, 'Omar Tahir Rasul')?.actor).toMatchObject({ country: 'JOR', sector: 'GOV' });
    expect(entityWithMention(doc, 'Karim Nasr')?.actor).toMatchObject({ code: 'LBNELI' });
  });

  it('applies a description given once to later mentions by surname', () => {
    const doc = extractText('Iraqi Planning Minister Zaid Qasimi arrived on Monday. Qasimi said the talks went well.');
    const e = entityWithMention(doc, 'Zaid Qasimi');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Zaid Qasimi', 'Qasimi']);
  });

  it('reads a capital acting as its government and keeps its coordinates', () => {
    const e = entityWithMention(extractText('Baghdad was a key backer of the plan.'), 'Baghdad');
    expect(e?.actor).toMatchObject({ code: 'IRQGOV' });
    expect(e?.geo?.country).toBe('IRQ');
    const place = entityWithMention(extractText('The delegation flew to Baghdad on Monday.'), 'Baghdad');
    expect(place?.actor?.sector).toBeNull();
  });

  it('resolves a title-only reference when one person fits', () => {
    const doc = extractText('Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Badr Abdelatty. The Egyptian minister said aid must flow.', '2025-02-11');
    const abdelatty = entityWithMention(doc, 'Badr Abdelatty');
    expect(abdelatty?.mentions.map((m) => m.text)).toContain('Egyptian minister');
  });
});
