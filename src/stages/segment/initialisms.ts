import type { Token } from '../../document/schema.js';

/**
 * wink splits an initialism that ends a hyphenated compound into pieces ("Kenya-U.S." gives "Kenya",
 * "-", "U", ".", "S.") and often ends a sentence at its inner full stop. The pieces, written with
 * nothing between them, are joined again into one proper noun ("U.S.", lemma "u.s." as wink gives the
 * whole word), and a sentence boundary inside it is dropped.
 */
export function joinInitialisms(text: string, tokens: Token[], spans: Array<[number, number]>): { tokens: Token[]; spans: Array<[number, number]> } {
  let first = -1;
  for (let i = 0; i + 2 < tokens.length && first < 0; i++) if (splitAt(text, tokens, i)) first = i;
  if (first < 0) return { tokens, spans };
  const joined: Token[] = tokens.slice(0, first);
  const newIndex = new Int32Array(tokens.length);
  for (let i = 0; i < first; i++) newIndex[i] = i;
  for (let i = first; i < tokens.length; i++) {
    if (i + 2 < tokens.length && splitAt(text, tokens, i)) {
      const start = tokens[i]!.start;
      const end = tokens[i + 2]!.end;
      newIndex[i] = newIndex[i + 1] = newIndex[i + 2] = joined.length;
      joined.push({ start, end, pos: 'PROPN', lemma: text.slice(start, end).toLowerCase() });
      i += 2;
    } else {
      newIndex[i] = joined.length;
      joined.push(tokens[i]!);
    }
  }
  const out: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const span: [number, number] = [newIndex[a]!, newIndex[b]!];
    const last = out.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return { tokens: joined, spans: out };
}

/** Tokens i, i+1, i+2 are a capital letter, a full stop and a capital letter with its stop, written together. */
function splitAt(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i]!;
  const dot = tokens[i + 1]!;
  const b = tokens[i + 2]!;
  return a.end - a.start === 1 && isCapital(text.charCodeAt(a.start)) && a.end === dot.start && dot.end - dot.start === 1 && text[dot.start] === '.'
    && dot.end === b.start && b.end - b.start === 2 && isCapital(text.charCodeAt(b.start)) && text[b.start + 1] === '.';
}

const isCapital = (c: number) => c >= 65 && c <= 90;
