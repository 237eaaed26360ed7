import type { Token } from '../../document/schema.js';
import type { Nlp } from './nlp.js';
import { ReadoutError } from '../../errors/readout-error.js';
import { joinInitialisms } from './initialisms.js';

export interface TokenizedText {
  tokens: Token[];
  /** wink sentence spans as token index ranges [first, last]. */
  sentenceTokenSpans: Array<[number, number]>;
}

/**
 * One pass of wink over the whole text. wink reports each token's value and the whitespace before it;
 * summing both gives exact character offsets. A token whose value does not match the text at the
 * expected offset is searched for a few characters ahead (wink never reorders text).
 */
export function tokenize(nlp: Nlp, text: string): TokenizedText {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const contractions = doc.tokens().out(its.contractionFlag) as boolean[];
  const lemmaOf = lemmaCache(nlp);
  const tokens: Token[] = [];
  // wink index -> index in `tokens` (whitespace tokens such as "\n" are dropped).
  const kept: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    offset += spaces[i]!.length;
    if (text.startsWith(value, offset) === false) {
      const found = text.indexOf(value, offset);
      if (found < 0 || found - offset > 16) {
        throw new ReadoutError('STAGE_FAILED', `token ${i} ${JSON.stringify(value)} not found near offset ${offset}`);
      }
      offset = found;
    }
    kept[i] = tokens.length;
    if (pos[i] !== 'SPACE' && value.trim() !== '') tokens.push({ start: offset, end: offset + value.length, pos: pos[i]!, lemma: contractions[i] ? lemmaAt(nlp, doc, i) : lemmaOf(pos[i]!, value, doc, i) });
    offset += value.length;
  }
  const sentenceTokenSpans: Array<[number, number]> = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    // kept[i] is the index of the first kept token at or after wink token i.
    const a = kept[first]!;
    const b = last + 1 < kept.length ? kept[last + 1]! : tokens.length;
    if (b > a) sentenceTokenSpans.push([a, b - 1]);
  });
  const joined = joinInitialisms(text, tokens, sentenceTokenSpans);
  return { tokens: joined.tokens, sentenceTokenSpans: joined.spans };
}

type WinkDoc = ReturnType<Nlp['readDoc']>;

/**
 * wink's lemma of a token outside a contraction depends only on its value and its part of speech
 * (the lexicon entry, then the lemmatiser for that tag), so it is asked once per pair and
 * remembered: asking wink for every token's lemma was a tenth of the stage.
 */
const caches = new WeakMap<Nlp, Map<string, Map<string, string>>>();

function lemmaCache(nlp: Nlp): (pos: string, value: string, doc: WinkDoc, i: number) => string {
  let byPos = caches.get(nlp);
  if (!byPos) caches.set(nlp, (byPos = new Map()));
  const cache = byPos;
  return (pos, value, doc, i) => {
    let byValue = cache.get(pos);
    if (!byValue) cache.set(pos, (byValue = new Map()));
    let lemma = byValue.get(value);
    if (lemma === undefined) {
      lemma = lemmaAt(nlp, doc, i);
      if (byValue.size > 100_000) byValue.clear();
      byValue.set(value, lemma);
    }
    return lemma;
  };
}

function lemmaAt(nlp: Nlp, doc: WinkDoc, i: number): string {
  return doc.tokens().itemAt(i).out(nlp.its.lemma as never) as string;
}
