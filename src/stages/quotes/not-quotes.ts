import type { QuoteCues } from './cues.js';
import type { MarkedSpan } from './quote-marks.js';
import type { TokenView } from './token-view.js';

/**
 * Why a passage between marks is not a quote, or null when it is one: a scare quote or term
 * ("so-called"), the title of a work ("the film ..."), a nickname between the parts of a name.
 */
const TITLE_CASE = /^[A-Z]\S*(?:\s+[A-Z]\S*){0,3}$/;

export function notQuoteReason(m: MarkedSpan, v: TokenView, cues: QuoteCues): string | null {
  if (m.open === null) return null;
  const openTok = v.at(m.open);
  // the three words before the opening mark, nearest first
  const before: string[] = [];
  for (let i = openTok - 1; i >= 0 && before.length < 3; i--) {
    const w = v.lower(i);
    if (w === '"' || w === '“' || w === '”') continue;
    before.push(w);
  }
  for (const phrase of cues.notQuoteAfter) {
    if (endsWith(before, phrase)) return `term or title after "${phrase.join(' ')}"`;
  }
  // one to four words, each capitalised (a long quote is never split into words for this)
  const titleCase = m.end - m.start <= 120 && TITLE_CASE.test(v.text.slice(m.start, m.end));
  if (titleCase && m.close !== null) {
    const prev = openTok - 1;
    const next = v.at(m.close + 1);
    if (v.pos(prev) === 'PROPN' && v.pos(next) === 'PROPN' && /^[A-Z]/.test(v.word(prev)) && /^[A-Z]/.test(v.word(next))) return 'nickname inside a name';
  }
  return null;
}

/** Whether the words before a mark (nearest first) end with the phrase. */
function endsWith(nearestFirst: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length > nearestFirst.length) return false;
  for (let k = 0; k < phrase.length; k++) if (nearestFirst[k] !== phrase[phrase.length - 1 - k]) return false;
  return true;
}

/** A quote that begins in lower case is a fragment woven into the writer's sentence. */
export function markedKind(m: MarkedSpan, text: string): 'direct' | 'partial' {
  const firstLetter = /\p{L}/u.exec(text.slice(m.start, m.end))?.[0] ?? '';
  return !m.continuation && firstLetter !== '' && firstLetter === firstLetter.toLowerCase() ? 'partial' : 'direct';
}
