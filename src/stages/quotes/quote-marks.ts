import type { Paragraph } from '../../document/schema.js';

/** A passage between quote marks, found per paragraph. `start`/`end` cover the words inside the marks. */
export interface MarkedSpan {
  start: number;
  end: number;
  /** offset of the opening mark, or null when the passage has none (a stray closing mark) */
  open: number | null;
  /** offset of the closing mark, or null when the paragraph ended first */
  close: number | null;
  paragraph: number;
  /** opened at the start of a paragraph after a paragraph whose quote never closed */
  continuation: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const SPACE_BEFORE = /[\s([{—–\-/‘]/;
const SPACE_AFTER = /[\s)\]}.,;:!?—–\-’]/;

type Role = 'open' | 'close';

/**
 * Whether a double mark opens or closes, from the characters around it: a straight " after a space and
 * before a word opens; after a word or punctuation and before a space closes. Curly marks are trusted
 * unless their surroundings clearly say the opposite (writers and converters mix them).
 */
function roleOf(text: string, i: number): Role | null {
  const c = text[i]!;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = i + 1 >= text.length ? ' ' : text[i + 1]!;
  const looksOpen = SPACE_BEFORE.test(before) && !/\s/.test(after);
  const looksClose = !/\s/.test(before) && SPACE_AFTER.test(after);
  if (OPENERS.has(c)) return looksClose && !looksOpen ? 'close' : 'open';
  if (CLOSERS.has(c)) return looksOpen && !looksClose ? 'open' : 'close';
  if (c !== '"') return null;
  if (looksOpen && !looksClose) return 'open';
  if (looksClose && !looksOpen) return 'close';
  return null; // ambiguous: decided by the state of the paragraph
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Pairs double quote marks inside each paragraph. Single marks (‘ ’ ') are left alone: inside a
 * double-quoted passage they are nested quotes, elsewhere mostly apostrophes (Hay’at, diplomats’).
 * An opening mark without a closing one runs to the end of its paragraph, the way multi-paragraph
 * quotes are written; an opening mark while one is already open closes the first at its last sentence end.
 */
export function findMarkedSpans(text: string, paragraphs: readonly Paragraph[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let previousUnclosed = false;
  paragraphs.forEach((p, pi) => {
    let open: number | null = null;
    // the opening mark that starts this paragraph and continues the last paragraph's quote
    let continued: number | null = null;
    const emit = (from: number, to: number, close: number | null, openAt: number) => {
      const [s, e] = trimmed(text, from, to);
      if (e > s) out.push({ start: s, end: e, open: openAt, close, paragraph: pi, continuation: openAt === continued });
    };
    const marks = /["“”„«»]/g;
    marks.lastIndex = p.start;
    for (let mk = marks.exec(text); mk && mk.index < p.end; mk = marks.exec(text)) {
      const i = mk.index;
      const role = roleOf(text, i) ?? (open === null ? 'open' : 'close');
      if (role === 'open') {
        if (open !== null) {
          const lastStop = Math.max(text.lastIndexOf('. ', i), text.lastIndexOf('? ', i), text.lastIndexOf('! ', i));
          if (lastStop > open) emit(open + 1, lastStop + 1, null, open);
        }
        open = i;
        if (previousUnclosed && text.slice(p.start, i).trim() === '') continued = i;
      } else if (open !== null) {
        emit(open + 1, i, i, open);
        open = null;
      }
    }
    previousUnclosed = open !== null;
    if (open !== null) emit(open + 1, p.end, null, open);
  });
  return out;
}
