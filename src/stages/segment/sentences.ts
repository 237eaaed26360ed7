import type { Paragraph, Sentence, Token } from '../../document/schema.js';

/**
 * Sentences from wink's boundaries, then refined: a sentence never crosses a paragraph boundary;
 * a closing quote mark or bracket that wink left at the start of the next sentence moves back.
 */
export function buildSentences(
  text: string,
  tokens: Token[],
  winkSpans: Array<[number, number]>,
  paragraphs: Paragraph[],
  bodyStart = 0,
): Sentence[] {
  // Token index ranges [first, last+1), split at paragraph boundaries.
  const ranges: Array<[number, number]> = [];
  let p = 0;
  const paragraphOf = (i: number): number => {
    while (p < paragraphs.length - 1 && tokens[i]!.start >= paragraphs[p]!.end) p++;
    return p;
  };
  for (const [first, last] of winkSpans) {
    let from = first;
    let current = paragraphOf(first);
    for (let i = first + 1; i <= last; i++) {
      const here = paragraphOf(i);
      if (here !== current || platformXEnds(text, tokens, i - 1)) {
        ranges.push([from, i]);
        from = i;
        current = here;
      }
    }
    ranges.push([from, last + 1]);
  }
  // Closing marks that start a sentence belong to the one before (same paragraph).
  for (let r = 1; r < ranges.length; r++) {
    const cur = ranges[r]!;
    const prev = ranges[r - 1]!;
    while (cur[0] < cur[1] - 1 && isClosingMark(text, tokens[cur[0]]!) && tokens[cur[0]]!.start === tokens[prev[1] - 1]!.end) {
      prev[1]++;
      cur[0]++;
    }
  }
  const out: Sentence[] = [];
  let para = 0;
  for (const range of ranges) {
    // The dateline is not part of the first sentence.
    while (range[0] < range[1] && tokens[range[0]]!.start < bodyStart) range[0]++;
    const [a, b] = range;
    if (a >= b) continue;
    const start = tokens[a]!.start;
    while (para < paragraphs.length - 1 && start >= paragraphs[para]!.end) para++;
    out.push({ id: `s${out.length + 1}`, start, end: tokens[b - 1]!.end, paragraph: paragraphs[para]?.id ?? 'p1', tokens: [a, b] });
  }
  return out;
}

/**
 * "said in a statement posted on X. Militants ...": wink reads the platform X with its full stop as an
 * initial and runs on. "X." after a lower-case word ("on X.", "the platform X.") and before a capitalised
 * word ends the sentence; after a name ("Malcolm X.") it stays an initial.
 */
function platformXEnds(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || t.end - t.start !== 2 || text[t.start] !== 'X' || text[t.start + 1] !== '.') return false;
  const b = text.charCodeAt(before.start);
  const a = text.charCodeAt(after.start);
  return b >= 97 && b <= 122 && a >= 65 && a <= 90 && after.start > t.end;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

function isClosingMark(text: string, t: Token): boolean {
  return t.end - t.start === 1 && CLOSERS.has(text[t.start]!);
}
