import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDocument } from '../../document/new-document.js';
import { checkSpans } from '../../document/span-check.js';
import { parseText } from '../../ingest/parse-text.js';
import { createContext } from '../../pipeline/context.js';
import { segmentStage } from './segment-stage.js';

const ctx = createContext();

function segment(raw: string) {
  const { article, text } = parseText(raw, 'test', {}, { maxBytes: 1e7, date: null });
  const doc = newDocument(article, text);
  Object.assign(doc, segmentStage.run(doc, ctx));
  expect(checkSpans(doc)).toEqual([]);
  return { doc, sentences: doc.sentences.map((s) => text.slice(s.start, s.end)) };
}

describe('segment', () => {
  it('keeps abbreviations inside sentences', () => {
    const { sentences } = segment('Gen. Mark Milley met Mr. Smith in the U.S. capital on Monday. The U.N. Security Council met later. U.S. officials said so.');
    expect(sentences).toEqual([
      'Gen. Mark Milley met Mr. Smith in the U.S. capital on Monday.',
      'The U.N. Security Council met later.',
      'U.S. officials said so.',
    ]);
  });

  it('ends a sentence after the platform X, and keeps the X of a name inside', () => {
    const { sentences } = segment('The spokesman said in a statement posted on X. Militants then attacked a post. Malcolm X. Little was born in Omaha.');
    expect(sentences).toEqual(['The spokesman said in a statement posted on X.', 'Militants then attacked a post.', 'Malcolm X. Little was born in Omaha.']);
  });

  it('handles curly and straight quotes, Unicode apostrophes and em dashes', () => {
    const { sentences, doc } = segment('“This is it,” she said. Hay’at Tahrir al-Sham — the rebel group — took the city. He said "we will stay."');
    expect(sentences).toEqual(['“This is it,” she said.', 'Hay’at Tahrir al-Sham — the rebel group — took the city.', 'He said "we will stay."']);
    const words = doc.tokens.map((t) => doc.text.slice(t.start, t.end));
    expect(words).toContain('—');
    expect(words.join(' ')).toContain('Hay’at');
  });

  it('attaches closing quote marks to the sentence they close', () => {
    const { sentences } = segment('He said: "We will fight. We will win." Then he left.');
    expect(sentences.at(-1)).toBe('Then he left.');
    expect(sentences.join(' ')).toContain('win."');
  });

  it('never lets a sentence cross a paragraph', () => {
    const { doc, sentences } = segment('Intro line.\n\nA paragraph without a full stop\n\nSecond paragraph here. And more.');
    expect(doc.paragraphs).toHaveLength(3);
    expect(sentences[1]).toBe('A paragraph without a full stop');
    for (const s of doc.sentences) {
      const p = doc.paragraphs.find((x) => x.id === s.paragraph)!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    }
  });

  it('gives tokens a part of speech and a lemma', () => {
    const { doc } = segment('The ministers discussed the security of the two countries.');
    const verb = doc.tokens.find((t) => doc.text.slice(t.start, t.end) === 'discussed')!;
    expect(verb.pos).toBe('VERB');
    expect(verb.lemma).toBe('discuss');
  });

  const seed = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'examples', 'seed-article.txt');
  it.skipIf(!existsSync(seed))('counts 14 body sentences in the seed article, after the dateline', () => {
    const { doc, sentences } = segment(readFileSync(seed, 'utf8'));
    expect(doc.article.dateline?.text).toBe('ERBIL, Kurdistan Region of Iraq');
    expect(sentences).toHaveLength(14);
    expect(sentences[0]!.startsWith('Iraqi Foreign Minister Fuad Hussein')).toBe(true);
    expect(sentences[4]!.startsWith('For his part, the Syrian Minister')).toBe(true);
  });
});
