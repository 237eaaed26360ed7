import type { Sentence, StageError, Token } from '../../document/schema.js';

/**
 * The most tokens a sentence may have. News sentences stay under about 100 tokens; a longer "sentence"
 * is text without punctuation (a pasted table, a list, a broken feed), where every later stage would
 * pay for patterns tried across the whole run. Such a run is cut into pieces of at most this many
 * tokens, so that the cost of the analysis stays linear in the text.
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * The most tokens of a piece of a cut sentence: about a long news sentence. The later stages match
 * phrases, clauses and pronouns within a sentence, which costs more than its length, so pieces of
 * this size cost less per word than pieces of the limit above (about a seventh less on the 1 MB
 * run-on paragraph of `npm run bench`).
 */
export const PIECE_TOKENS = 50;

/** Marks after which a cut reads best (a clause or list item usually ends there); each one character long. */
const BREAKS = new Set([',', ';', ':', '—', '–', '-', '|']);

/**
 * Cuts sentences longer than `max` tokens into pieces of at most `piece` tokens, each ending after the
 * last comma, semicolon, colon or dash of its second half when there is one. Sentences are renumbered;
 * each cut sentence is reported (stage "segment", code SENTENCE_SPLIT) so that nothing is cut silently.
 */
export function splitLongSentences(text: string, tokens: readonly Token[], sentences: readonly Sentence[], max = MAX_SENTENCE_TOKENS, piece = PIECE_TOKENS): { sentences: Sentence[]; notes: StageError[] } {
  if (sentences.every((s) => s.tokens[1] - s.tokens[0] <= max)) return { sentences: [...sentences], notes: [] };
  const out: Sentence[] = [];
  const notes: StageError[] = [];
  const push = (s: Sentence, a: number, b: number) => out.push({ id: `s${out.length + 1}`, start: tokens[a]!.start, end: tokens[b - 1]!.end, paragraph: s.paragraph, tokens: [a, b] });
  for (const s of sentences) {
    const [first, last] = s.tokens;
    if (last - first <= max) {
      push(s, first, last);
      continue;
    }
    const id = `s${out.length + 1}`;
    let pieces = 0;
    for (let a = first; a < last; pieces++) {
      let b = Math.min(last, a + piece);
      if (b < last) {
        for (let i = b - 1; i >= a + piece / 2; i--) {
          const t = tokens[i]!;
          if (t.end - t.start === 1 && BREAKS.has(text[t.start]!)) {
            b = i + 1;
            break;
          }
        }
      }
      push(s, a, b);
      a = b;
    }
    notes.push({
      stage: 'segment', code: 'SENTENCE_SPLIT',
      message: `a sentence of ${last - first} tokens at offset ${s.start} (limit ${max}) was cut into ${pieces} pieces from ${id} on; relations across the cuts are not analysed`,
    });
  }
  return { sentences: out, notes };
}
