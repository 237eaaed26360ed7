import { describe, expect, it } from 'vitest';
import { entityWithMention, extractText } from '../../test-support/entities-of.js';

/** Words that look like names and are not, and names that are two things. */
describe('negative cases', () => {
  it('does not take sentence-initial capitals for names', () => {
    const doc = extractText('Officials said the talks would resume. Despite the delay, Negotiators remained hopeful. Nobody was hurt.');
    expect(doc.entities.map((e) => e.name)).toEqual([]);
  });

  it('does not take weekdays or months for entities', () => {
    const doc = extractText('The talks began on Tuesday and will end in March. Sunday was calm, and so was December.');
    expect(doc.entities).toEqual([]);
  });

  it('keeps "Mr." out of names and merges "Mr. Safadi" with Ayman Safadi', () => {
    const doc = extractText('Jordanian Foreign Minister Ayman Safadi arrived in Cairo. Mr. Safadi met officials there.');
    const safadi = entityWithMention(doc, 'Ayman Safadi');
    expect(safadi?.mentions.map((m) => m.text)).toEqual(['Ayman Safadi', 'Safadi']);
    expect(doc.entities.some((e) => /^Mr/.test(e.name))).toBe(false);
  });

  it('takes a place spelt exactly as the text spells it over a bigger one whose spelling only folds the same', () => {
    const doc = extractText('Troops were sent to Dili on Monday. Iraqi police said Samarra was calm.');
    expect(entityWithMention(doc, 'Dili')?.kb).toBe('city-tls-dili');
    expect(entityWithMention(doc, 'Samarra')?.kb).toBe('city-irq-samarra');
    // and the bigger ones by their own spelling (Delhi is listed as a spelling of New Delhi in variants.yaml)
    expect(entityWithMention(extractText('Protests spread to Delhi.'), 'Delhi')?.kb).toMatch(/^city-ind-/);
  });

  it('takes a small town only in a place\'s context: not a surname, a name\'s part or a month', () => {
    const doc = extractText('Denny Roy of the East-West Center told VOA the talks in Beijing would fail. Roy said the United States should wait until March. Gunmen attacked a train near Sibi in Pakistan. Sibi is in Balochistan.');
    expect(entityWithMention(doc, 'Roy')?.type).not.toBe('GPE');
    expect(entityWithMention(doc, 'March')).toBeUndefined();
    const sibi = entityWithMention(doc, 'Sibi');
    expect(sibi?.actor?.code).toBe('PAK');
    expect(sibi?.mentions.length).toBe(2);
    expect(entityWithMention(extractText('Yao Ming met students from Columbia University in the United States.'), 'Yao')?.type).not.toBe('GPE');
  });

  it('does not let a capital that shares its name with another city vouch for its own country ("Tripoli" in a story about Lebanon)', () => {
    expect(entityWithMention(extractText('Fighting in Tripoli, Lebanon\'s second city, killed two.'), 'Tripoli')?.actor?.code).toBe('LBN');
    expect(entityWithMention(extractText('Clashes in Tripoli killed two, Libyan officials said.'), 'Tripoli')?.actor?.code).toBe('LBY');
  });

  it('reads "the Foreign Affairs Ministry" as a body, and "Kenya\'s Foreign Affairs Ministry" as its government', () => {
    const doc = extractText('The Foreign Affairs Ministry said the talks would resume. Kenya\'s Foreign Affairs Ministry condemned the attack.');
    expect(entityWithMention(doc, 'Foreign Affairs')?.type).toBe('ORG');
    expect(entityWithMention(doc, 'Kenya\'s Foreign Affairs Ministry')?.actor?.code).toBe('KENGOV');
  });

  it('takes a city the news list names over a smaller namesake in a country the article mentions', () => {
    const doc = extractText('Russian and U.S. envoys met in Geneva on Monday, the State Department said.');
    expect(entityWithMention(doc, 'Geneva')?.actor?.code).toBe('CHE');
    // named by the list's English news spelling, not the gazetteer's "Genève"
    expect(entityWithMention(doc, 'Geneva')?.name).toBe('Geneva');
  });

  it('reads a seat of government after a preposition as the city, and as the government when it acts', () => {
    const doc = extractText('Protesters gathered in Abidjan on Monday. Later, Abidjan said the talks would continue.');
    const [place, seat] = doc.entities.filter((e) => e.name.startsWith('Abidjan') || e.mentions.some((m) => m.text === 'Abidjan'));
    expect(place).toMatchObject({ kb: 'city-civ-abidjan', actor: { code: 'CIV' } });
    expect(seat).toMatchObject({ kb: 'seat-civ', actor: { code: 'CIVGOV' } });
  });

  it('ends a name at a capitalised -ly adverb (a missing full stop)', () => {
    const doc = extractText('There was no reaction from President Moise Shortly before the attack, gunmen stormed the house. Increasingly China is a partner.');
    expect(doc.entities.some((e) => e.mentions.some((m) => /Shortly|Increasingly/.test(m.text)))).toBe(false);
    expect(entityWithMention(doc, 'China')?.kb).toBe('country-chn');
  });

  it('reads "the Gulf" as a region, not a country or an actor', () => {
    const doc = extractText('Tankers crossed the Gulf on Monday.');
    const gulf = entityWithMention(doc, 'Gulf');
    expect(gulf?.type).toBe('LOC');
    expect(gulf?.actor?.sector ?? null).toBeNull();
  });

  it('tells Jordan the country from a person called Jordan', () => {
    const country = extractText('Jordan condemned the attack on Tuesday.');
    expect(entityWithMention(country, 'Jordan')?.kb).toBe('country-jor');
    const person = extractText('The crowd cheered when Michael Jordan walked in.');
    expect(person.entities.some((e) => e.kb === 'country-jor')).toBe(false);
    expect(entityWithMention(person, 'Michael Jordan')?.type).toBe('PERSON');
  });

  it('reads Washington acting as the US government and Washington the place', () => {
    const gov = entityWithMention(extractText('Washington imposed new sanctions on Iran.'), 'Washington');
    expect(gov?.actor).toMatchObject({ code: 'USAGOV', country: 'USA', sector: 'GOV' });
    expect(gov?.geo).not.toBeNull();
    const place = entityWithMention(extractText('The delegation arrived in Washington on Monday.'), 'Washington');
    expect(place?.actor).toMatchObject({ country: 'USA', sector: null });
    const person = extractText('The portrait of George Washington was restored.');
    expect(person.entities.some((e) => e.kb?.startsWith('city-usa'))).toBe(false);
  });

  it('keeps two people who share a surname apart', () => {
    const doc = extractText('Saddam Hussein ruled Iraq for decades. Decades later, Iraqi Foreign Minister Fuad Hussein visited Ankara.', '2024-12-30');
    const saddam = entityWithMention(doc, 'Saddam Hussein');
    const fuad = entityWithMention(doc, 'Fuad Hussein');
    expect(saddam).toBeDefined();
    expect(fuad).toBeDefined();
    expect(saddam).not.toBe(fuad);
  });
});
