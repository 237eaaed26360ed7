import { describe, expect, it } from 'vitest';
import { newDocument } from '../../document/new-document.js';
import { checkSpans } from '../../document/span-check.js';
import { parseText } from '../../ingest/parse-text.js';
import { createContext } from '../../pipeline/context.js';
import { segmentStage } from './segment-stage.js';

const ctx = createContext();
const sentencesOf = (raw: string) => {
  const { article, text } = parseText(raw, 'test', {}, { maxBytes: 1e7, date: null });
  const doc = newDocument(article, text);
  Object.assign(doc, segmentStage.run(doc, ctx));
  expect(checkSpans(doc)).toEqual([]);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('run-in headings', () => {
  it('leaves a heading glued to the next sentence out of it', () => {
    expect(sentencesOf('The camps hold 400,000 people. Financial strain Both camps opened in the 1990s with money from donors.'))
      .toEqual(['The camps hold 400,000 people.', 'Both camps opened in the 1990s with money from donors.']);
    expect(sentencesOf('Talks resumed on Monday. Countering China Though he is not against trade, the minister wants new rules.').at(-1))
      .toBe('Though he is not against trade, the minister wants new rules.');
    expect(sentencesOf('Turbines are spreading. Missing full potential Even as wind power grows, opposition to the farms remains strong.').at(-1))
      .toBe('Even as wind power grows, opposition to the farms remains strong.');
  });

  it('keeps sentences that only look like one: descriptions of a name, titles, a first "This", a time, a hyphenated name', () => {
    for (const text of [
      'Chinese vice premier He Lifeng met the U.S. delegation in Geneva.',
      'Rights group The Elders said it was alarmed by the arrests.',
      'This marks the second visit of the envoy to the region this year.',
      'Council members Greece and Panama supported the call for talks.',
      'Rebel fighters Monday attacked the town of Goma in the east.',
      'Reporters Lee Joen and Ahn So-young contributed to this report from Seoul.',
      'The case went before The Hague-based court in mid-March, officials said.',
    ]) expect(sentencesOf(text)).toEqual([text]);
  });
});
