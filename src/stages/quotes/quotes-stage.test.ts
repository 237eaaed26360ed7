import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../document/schema.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/ingest-types.js';
import { extractText } from '../../test-support/extract-text.js';
import { Extractor } from '../../extract/extractor.js';
import { loadCues } from './cues.js';
import { findQuotes } from './quotes-stage.js';

const quotesOf = (text: string) => extractText(text, '2024-12-30').quotes;
const brief = (q: Quote) => [q.kind, q.text, q.speakerText];

describe('quotes: direct and partial', () => {
  it('attributes by a cue after the quote, with inversion and pronouns', () => {
    expect(quotesOf('"Our forces are advancing," army spokesman Nabil Abdallah said.').map(brief)).toEqual([['direct', 'Our forces are advancing', 'army spokesman Nabil Abdallah']]);
    expect(quotesOf('"We will not leave," said Prime Minister Ali Hassan.').map(brief)).toEqual([['direct', 'We will not leave', 'Prime Minister Ali Hassan']]);
    const q = quotesOf('Prime Minister Irakli Kobakhidze accused the opposition. "There will be no revolution," he told a news conference.');
    // "he" resolves to the nearest person: the entity mention when the entities layer has one.
    expect(q.map((x) => [x.speakerText, x.channelText, x.cue?.text])).toEqual([['Irakli Kobakhidze', 'told a news conference', 'told']]);
  });

  it('attributes by a cue before the quote and by "For his part, X"', () => {
    expect(quotesOf('EU foreign policy chief Josep Borrell said the war was "a direct threat to European security."').map(brief))
      .toEqual([['partial', 'a direct threat to European security.', 'EU foreign policy chief Josep Borrell']]);
    expect(quotesOf('For his part, Minister Ali Karimi said: "We are ready."').map(brief)).toEqual([['direct', 'We are ready.', 'Minister Ali Karimi']]);
  });

  it('carries the speaker to the next quoted sentence and across paragraphs', () => {
    const q = quotesOf('"We hunted him down," Trump wrote. "His life was terminated."\n"More will follow.\n"Nobody can hide," the president added.');
    expect(q.filter((x) => x.kind !== 'indirect').map((x) => x.speakerText)).toEqual(['Trump', 'Trump', 'Trump', 'the president']);
  });

  it('finds the channel and keeps an interview partner apart from the speaker', () => {
    const [q] = quotesOf('In an interview with Saudi state-owned Al Arabiya on Sunday, Syria’s de facto ruler Sharaa said that "liberating Syria guarantees the security of the region."');
    expect([q!.speakerText, q!.channelText]).toEqual(['Syria’s de facto ruler Sharaa', 'In an interview with Saudi state-owned Al Arabiya']);
    const [p] = quotesOf('Sudani, posting on X, called the death a "significant security achievement."');
    expect([p!.speakerText, p!.channelText]).toEqual(['Sudani', 'posting on X']);
  });

  it('lets a document speak for its releaser and records the person it quotes as subject', () => {
    const q = quotesOf('Safadi stressed "the need to act," according to a statement released by the Jordanian foreign ministry. "Minister Safadi pointed out that the crisis is grave," the statement said.');
    expect(q.map((x) => [x.speakerText, x.subjectText, x.channelText])).toEqual([
      ['the Jordanian foreign ministry', 'Safadi', 'according to a statement released by the Jordanian foreign ministry'],
      ['the Jordanian foreign ministry', 'Minister Safadi', 'the statement said'],
    ]);
  });
});

describe('quotes: not quotes', () => {
  it.each([
    'The so-called "peace plan" was rejected.',
    'The group, dubbed "the Lions", fought on.',
    'He read the novel "War and Peace" twice.',
    'Abu Mohammed "The Engineer" Jolani was seen.',
    'Syria’s minister met diplomats’ envoys from Hay’at Tahrir al-Sham.',
  ])('%s', (text) => {
    expect(quotesOf(text).filter((q) => q.kind !== 'indirect')).toEqual([]);
  });
});

describe('quotes: reported speech', () => {
  it.each([
    ['The United Nations said last week that more than 10 million people had fled.', 'more than 10 million people had fled', 'The United Nations'],
    ['Police detained at least 50 people, the interior ministry said.', 'Police detained at least 50 people', 'the interior ministry'],
    ['The minister told reporters that the border would reopen soon.', 'the border would reopen soon', 'The minister'],
    ['Five soldiers were killed in the attack, according to local officials.', 'Five soldiers were killed in the attack', 'local officials'],
    ['Lula, who arrived in Shanghai on Wednesday, said the visit would deepen ties.', 'the visit would deepen ties', 'Lula'],
  ])('%s', (text, content, speaker) => {
    expect(quotesOf(text).map(brief)).toEqual([['indirect', content, speaker]]);
  });

  it('ignores speech verbs without a reported clause', () => {
    expect(quotesOf('The minister praised the agreement and welcomed the decision.')).toEqual([]);
    expect(quotesOf('Officials will say more tomorrow.')).toEqual([]);
  });
});

describe('quotes: speakers, channels and subjects resolved to entities', () => {
  it('links spans to the entities of a hand-built layer', () => {
    const doc = extractText('"The talks were frank," Foreign Minister Fuad Hussein told VOA. "We agreed on the border," he said.', '2024-12-30');
    const at = (name: string) => { const s = doc.text.indexOf(name); return { start: s, end: s + name.length, text: name, rule: 'test' }; };
    const e = (id: string, type: Entity['type'], ...mentions: ReturnType<typeof at>[]): Entity => ({ id, name: mentions[0]!.text, type, actor: null, kb: null, geo: null, mentions });
    const pronoun = { start: doc.text.indexOf('he said'), end: doc.text.indexOf('he said') + 2, text: 'he', rule: 'test' };
    const quotes = findQuotes({ ...doc, entities: [e('e1', 'PERSON', at('Fuad Hussein'), pronoun), e('e2', 'ORG', at('VOA'))] }, loadCues());
    expect(quotes.map((q) => [q.speaker, q.channel])).toEqual([['e1', 'e2'], ['e1', null]]);
    expect(quotes[1]!.speakerText).toMatch(/Fuad Hussein$/);
  });
});

const SEED = '../shared/examples/seed-article.txt';
describe('quotes: the seed article', () => {
  it.skipIf(!existsSync(SEED))('finds every quoted passage with its speaker and channel', () => {
    const [ingested] = [...ingestPaths([SEED], { date: '2024-12-30', maxBytes: DEFAULT_MAX_BYTES }, () => Buffer.alloc(0))];
    if (!ingested?.ok) throw new Error('seed article not ingested');
    const doc = new Extractor().extract(ingested.value);
    const direct = doc.quotes.filter((q) => q.kind !== 'indirect');
    const starts = (s: string) => direct.find((q) => q.text.startsWith(s));
    expect(direct).toHaveLength(10);
    expect(starts('congratulating')!.speakerText).toMatch(/Fuad Hussein/);
    expect(starts('assuming his duties')!.speakerText).toMatch(/Fuad Hussein/);
    const readout = starts('appreciation for the efforts')!;
    expect([readout.speakerText, readout.subjectText]).toEqual(['the Iraqi foreign ministry', 'Hussein']);
    expect(readout.channelText).toBe('according to a readout of the phone call released by the Iraqi foreign ministry');
    for (const s of ['During the call', 'Minister Al-Shaibani pointed out', 'For his part, Minister al-Shaibani', 'At the end of the call']) {
      expect(starts(s)!.speakerText).toBe('the Iraqi foreign ministry');
    }
    expect(starts('Minister Al-Shaibani pointed out')!.subjectText).toBe('Minister Al-Shaibani');
    expect(starts('At the end of the call')!.subjectText).toBe('Mr. Fuad Hussein');
    expect(starts('the recent movements of ISIS elements')!.speakerText).toMatch(/Hussein/);
    expect(starts('the importance of enhancing')!.speakerText).toMatch(/Hussein/);
    const sharaa = starts('liberating Syria')!;
    expect(sharaa.speakerText).toMatch(/Sharaa$/);
    expect(sharaa.channelText).toBe('In an interview with Saudi state-owned Al Arabiya');
  });
});
