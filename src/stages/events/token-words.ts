import type { ReadoutDocument, Token } from '../../document/schema.js';

/**
 * The lower-cased word and lemma of each token of a document, made on first use and kept per token
 * list: the events stage compares them again and again (wrapper nouns, heads of phrases, pronouns).
 */
export class TokenWords {
  private readonly words: Array<string | undefined>;
  private readonly lemmas: Array<string | undefined>;

  constructor(private readonly doc: Pick<ReadoutDocument, 'text' | 'tokens'>) {
    this.words = new Array(doc.tokens.length);
    this.lemmas = new Array(doc.tokens.length);
  }

  /** The token's text in lower case. */
  word(i: number): string {
    let w = this.words[i];
    if (w === undefined) {
      const t = this.doc.tokens[i]!;
      this.words[i] = w = this.doc.text.slice(t.start, t.end).toLowerCase();
    }
    return w;
  }

  /** The token's lemma in lower case. */
  lemma(i: number): string {
    let l = this.lemmas[i];
    if (l === undefined) this.lemmas[i] = l = this.doc.tokens[i]!.lemma.toLowerCase();
    return l;
  }
}

const byTokens = new WeakMap<Token[], TokenWords>();

export function tokenWords(doc: Pick<ReadoutDocument, 'text' | 'tokens'>): TokenWords {
  let w = byTokens.get(doc.tokens);
  if (!w) byTokens.set(doc.tokens, (w = new TokenWords(doc)));
  return w;
}
