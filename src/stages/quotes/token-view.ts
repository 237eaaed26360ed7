import type { Token } from '../../document/schema.js';
import { firstIndex } from '../../document/first-index.js';

/** Read access to tokens by character offset, with their surface words. */
export class TokenView {
  /** lower-case words and lemmas, filled as asked (the quote finders ask for the same words many times) */
  private readonly lowered: Array<string | undefined>;
  private readonly lemmas: Array<string | undefined>;

  constructor(readonly tokens: readonly Token[], readonly text: string) {
    this.lowered = new Array(tokens.length);
    this.lemmas = new Array(tokens.length);
  }

  /** index of the first token that ends after `offset` */
  at(offset: number): number {
    return firstIndex(this.tokens.length, (i) => this.tokens[i]!.end > offset);
  }

  word(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end) : '';
  }

  lower(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    let w = this.lowered[i];
    if (w === undefined) this.lowered[i] = w = this.word(i).toLowerCase();
    return w;
  }

  pos(i: number): string {
    return this.tokens[i]?.pos ?? '';
  }

  lemma(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    let l = this.lemmas[i];
    if (l === undefined) this.lemmas[i] = l = this.tokens[i]!.lemma.toLowerCase();
    return l;
  }

  /** character span of tokens [a, b) */
  span(a: number, b: number): { start: number; end: number; text: string } {
    const start = this.tokens[a]!.start;
    const end = this.tokens[b - 1]!.end;
    return { start, end, text: this.text.slice(start, end) };
  }
}
