import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../../document/schema.js';
import { Extractor } from '../../extract/extractor.js';
import { parseText } from '../../ingest/parse-text.js';
import { MAX_SENTENCE_TOKENS, PIECE_TOKENS, splitLongSentences } from './long-sentences.js';

/** Words without punctuation, one token each, and the sentence covering them. */
function runOn(words: string[]): { text: string; tokens: Token[]; sentence: Sentence } {
  const tokens: Token[] = [];
  let at = 0;
  for (const w of words) {
    tokens.push({ start: at, end: at + w.length, pos: 'NOUN', lemma: w });
    at += w.length + 1;
  }
  const text = words.join(' ');
  return { text, tokens, sentence: { id: 's1', start: 0, end: text.length, paragraph: 'p1', tokens: [0, tokens.length] } };
}

const WORDS = ['the', 'minister', 'said', 'Iraq', 'and', 'Syria', 'would', 'meet', 'in', 'Baghdad', 'on', 'Monday', 'to', 'discuss', 'security'];
const wordsOf = (n: number) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]!);

describe('over-long sentences', () => {
  it('cuts a sentence without punctuation into contiguous pieces of at most the piece size, and says so', () => {
    const { text, tokens, sentence } = runOn(wordsOf(1000));
    const { sentences, notes } = splitLongSentences(text, tokens, [sentence]);
    expect(sentences.length).toBe(Math.ceil(1000 / PIECE_TOKENS));
    expect(sentences.map((s) => s.id)).toEqual(sentences.map((_, i) => `s${i + 1}`));
    for (const [i, s] of sentences.entries()) {
      expect(s.tokens[1] - s.tokens[0]).toBeLessThanOrEqual(PIECE_TOKENS);
      expect(s.tokens[0]).toBe(i === 0 ? 0 : sentences[i - 1]!.tokens[1]);
      expect([s.start, s.end]).toEqual([tokens[s.tokens[0]]!.start, tokens[s.tokens[1] - 1]!.end]);
    }
    expect(sentences.at(-1)!.tokens[1]).toBe(1000);
    expect(notes).toEqual([expect.objectContaining({ stage: 'segment', code: 'SENTENCE_SPLIT' })]);
    expect(notes[0]!.message).toContain('1000 tokens');
  });

  it('cuts after the last comma of the second half of a piece when there is one', () => {
    const words = wordsOf(300);
    words[40] = ',';
    words[10] = ',';
    const { text, tokens, sentence } = runOn(words);
    const { sentences } = splitLongSentences(text, tokens, [sentence]);
    // the comma in the first half of the first piece (token 10) is too early to end it
    expect(sentences.map((s) => s.tokens)).toEqual([[0, 41], [41, 91], [91, 141], [141, 191], [191, 241], [241, 291], [291, 300]]);
  });

  it('leaves sentences within the limit alone and reports nothing', () => {
    const { text, tokens, sentence } = runOn(wordsOf(MAX_SENTENCE_TOKENS));
    expect(splitLongSentences(text, tokens, [sentence])).toEqual({ sentences: [sentence], notes: [] });
  });

  it('analyses an article with a run-on paragraph of ten thousand words, and the rest of the article', () => {
    const runOnText = wordsOf(10_000).join(' ');
    const raw = `Iraq and Syria agreed on Monday to reopen their embassies.\n\n${runOnText}\n\nThe Turkish foreign minister condemned the attack on Tuesday.\n`;
    const { article, text } = parseText(raw, 'run-on', {}, { maxBytes: 1e7, date: '2024-12-30' });
    const doc = new Extractor().extract({ article, text });
    expect(doc.warnings.map((e) => e.code)).toEqual(['SENTENCE_SPLIT']);
    expect(doc.errors).toEqual([]);
    expect(Math.max(...doc.sentences.map((s) => s.tokens[1] - s.tokens[0]))).toBeLessThanOrEqual(PIECE_TOKENS);
    // the sentences before and after the run-on are whole and fully analysed
    const last = doc.sentences.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe('The Turkish foreign minister condemned the attack on Tuesday.');
    expect(doc.times.filter((t) => t.start >= last.start).map((t) => [t.text, t.value])).toEqual([['Tuesday', '2024-12-24']]);
    expect(doc.entities.some((e) => e.mentions.some((m) => m.start >= last.start) && e.type === 'PERSON')).toBe(true);
    expect(doc.events.filter((e) => e.sentence === doc.sentences[0]!.id).length).toBeGreaterThan(0);
    expect(doc.events.filter((e) => e.sentence === last.id).length).toBeGreaterThan(0);
  });
});
