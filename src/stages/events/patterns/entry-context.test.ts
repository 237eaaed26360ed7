import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../document/new-document.js';
import type { Clause } from '../../../document/schema.js';
import { parseText } from '../../../ingest/parse-text.js';
import { createContext } from '../../../pipeline/context.js';
import { clausesStage } from '../../clauses/clauses-stage.js';
import { segmentStage } from '../../segment/segment-stage.js';
import { textBeforeHead, wordAfterGroup, wordsAfterObjects } from './entry-context.js';

const ctx = createContext();

function parsed(raw: string): { text: string; clauses: Clause[] } {
  const { article, text } = parseText(raw, 'test', {}, { maxBytes: 1e7, date: null });
  const doc = newDocument(article, text);
  Object.assign(doc, segmentStage.run(doc, ctx));
  Object.assign(doc, clausesStage.run(doc, ctx));
  return { text: doc.text, clauses: doc.clauses };
}
const verb = (cs: Clause[], lemma: string) => cs.find((c) => c.kind === 'verb' && c.head.lemma === lemma)!;

describe('entry context: the words multi-word pattern entries compare with', () => {
  it('reads the word after the verb group in lower case, and none when punctuation follows', () => {
    const { text, clauses } = parsed('The rebels struck Again on Monday. The army withdrew, officials said.');
    expect(wordAfterGroup(verb(clauses, 'strike'), text)).toBe('again');
    expect(wordAfterGroup(verb(clauses, 'withdraw'), text)).toBeUndefined();
  });

  it('reads the word after each object, past an appositive in commas', () => {
    const { text, clauses } = parsed('Kenya forced the agency, UNHCR, out of the camp.');
    expect(wordsAfterObjects(verb(clauses, 'force'), text)).toEqual(['out']);
  });

  it('reads the text before the head with hyphens as spaces, and answers for each clause and text in turn', () => {
    const first = parsed('Iraq held a phone-call with Syria.');
    const call = first.clauses.find((c) => c.kind === 'noun' && c.head.text === 'call')!;
    expect(textBeforeHead(call, first.text).endsWith('a phone')).toBe(true);
    const second = parsed('Iran announced a cease-fire.');
    const fire = second.clauses.find((c) => c.kind === 'noun' && c.head.text === 'fire')!;
    expect(textBeforeHead(fire, second.text).endsWith('a cease')).toBe(true);
    // the first clause asked again (after another) gets its own answer, not the last one kept
    expect(textBeforeHead(call, first.text).endsWith('a phone')).toBe(true);
    expect(wordAfterGroup(verb(second.clauses, 'announce'), second.text)).toBe('a');
  });
});
