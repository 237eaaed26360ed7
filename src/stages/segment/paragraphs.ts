import type { Paragraph } from '../../document/schema.js';

/**
 * Paragraphs: separated by blank lines when the text has any, otherwise by single newlines
 * (wire copy and JSONL bodies often put one paragraph on each line). Spans exclude surrounding whitespace.
 */
export function findParagraphs(text: string): Paragraph[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*(?:\n[ \t]*)+/g : /\n+/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (span) out.push({ id: `p${out.length + 1}`, start: span[0], end: span[1] });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** [start, end) without leading and trailing whitespace, or null when only whitespace. */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : null;
}
