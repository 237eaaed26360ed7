import type { Token } from '../../document/schema.js';

/** The tokens of one sentence with the lower-cased word of each: what every clause step reads. */
export interface SentenceView {
  text: string;
  tokens: Token[];
  /** first token index of the sentence (into doc.tokens) and one past the last. */
  from: number;
  to: number;
  words: string[];
}

export function viewOf(text: string, tokens: Token[], from: number, to: number): SentenceView {
  const words: string[] = [];
  for (let i = from; i < to; i++) words[i] = text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase().replace(/’/g, "'");
  return { text, tokens, from, to, words };
}

export const isNominal = (pos: string) => pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM';
export const isChunkPart = (pos: string) => isNominal(pos) || pos === 'DET' || pos === 'ADJ' || pos === 'X' || pos === 'SYM';
