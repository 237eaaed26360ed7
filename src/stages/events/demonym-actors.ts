import type { ReadoutDocument } from '../../document/schema.js';
import type { KnowledgeBase } from '../../kb/compile-kb.js';
import { normaliseWord } from '../../kb/normalise.js';
import { firstIndex } from '../../document/first-index.js';

/** A country adjective in the text ("Hungarian", "U.S.") and the country it names. */
export interface DemonymHit { start: number; end: number; country: string }

/**
 * Finds country adjectives inside a span. The entities stage keeps a demonym only as part of a
 * description ("Iraqi Foreign Minister"); one that stands alone before an actor noun ("Senior
 * Hungarian and Romanian officials", "a U.S. request") is found here, from the knowledge base's
 * demonym names, capitalised words only.
 */
export class DemonymFinder {
  /** each token's key, by index (undefined: not made yet) */
  private readonly keys: Array<string | null | undefined>;

  constructor(private readonly doc: Pick<ReadoutDocument, 'text' | 'tokens'>, private readonly kb: KnowledgeBase) {
    this.keys = new Array(doc.tokens.length);
  }

  private firstToken(offset: number): number {
    const tokens = this.doc.tokens;
    return firstIndex(tokens.length, (i) => tokens[i]!.start >= offset);
  }

  private key(i: number): string | null {
    let k = this.keys[i];
    if (k === undefined) {
      const t = this.doc.tokens[i]!;
      const s = this.doc.text.slice(t.start, t.end);
      // Demonyms are capitalised word by word ("South Sudanese"): other words need no key.
      k = /^\p{Lu}/u.test(s) ? normaliseWord(s) || null : null;
      this.keys[i] = k;
    }
    return k;
  }

  /** Every demonym inside [start, end), left to right. */
  within(start: number, end: number): DemonymHit[] {
    const tokens = this.doc.tokens;
    const out: DemonymHit[] = [];
    const first = this.firstToken(start);
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= end) last++;
    const keys: Array<string | null> = [];
    for (let i = first; i < last; i++) keys.push(this.key(i));
    for (let i = 0; i < keys.length; i++) {
      const t = tokens[first + i]!;
      if (keys[i] === null) continue;
      const matches = this.kb.names.matchAt(keys, i);
      for (let m = matches.length - 1; m >= 0; m--) {
        // `stop` is where the match ends among `keys` (exclusive), not its length
        const [stop, payloads] = matches[m]!;
        const end = tokens[first + stop - 1]!.end;
        const surface = this.doc.text.slice(t.start, end);
        // A country's short name used as an adjective ("a US offer") counts too, spelt as listed when the name is case-sensitive.
        const entry = payloads.find((p) => p.entry.country && (p.entry.kind === 'demonym'
          || (p.entry.kind === 'country' && (p.caseSensitive ? p.words.map((w) => w.surface).join(' ') === surface : !p.ambiguous))))?.entry;
        if (!entry) continue;
        out.push({ start: t.start, end, country: entry.country! });
        i = stop - 1;
        break;
      }
    }
    return out;
  }
}
