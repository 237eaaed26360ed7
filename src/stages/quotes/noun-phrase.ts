import type { TokenView } from './token-view.js';

/** Token range [from, to) of a noun phrase. */
export type TokenRange = [number, number];

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'X']);
const DAY_OR_MONTH = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function inPhrase(v: TokenView, i: number, from: number): boolean {
  const pos = v.pos(i);
  const w = v.lower(i);
  if (NP_POS.has(pos)) return true;
  if (pos === 'PART' && (w === "'s" || w === '’s' || w === "'" || w === '’')) return true;
  if (w === '-' || w === '.' && /^[A-Z][a-z]{0,2}$/.test(v.word(i - 1))) return true; // Secretary-General, Mr.
  // "of" and "and" inside a name: Secretary of State, the United States and Britain
  if ((w === 'of' || w === 'and' || w === 'for') && i > from && /^(?:PROPN|NOUN)$/.test(v.pos(i - 1)) && /^(?:PROPN|NOUN|DET|ADJ)$/.test(v.pos(i + 1))) return true;
  return false;
}

/** Skips adverbs, auxiliaries and "on Monday" / "last week" backwards from `i`. */
function skipBack(v: TokenView, i: number, floor: number): number {
  while (i >= floor) {
    const pos = v.pos(i);
    if (pos === 'ADV' || pos === 'AUX' || (pos === 'PART' && v.lower(i) === 'not')) { i--; continue; }
    if (DAY_OR_MONTH.test(v.word(i)) && i - 1 >= floor && v.pos(i - 1) === 'ADP') { i -= 2; continue; }
    if (/day$/i.test(v.word(i)) && DAY_OR_MONTH.test(v.word(i))) { i--; continue; } // "Fahrettin Altun, Monday tweeted" 
    if (/^(?:week|month|year)$/.test(v.lower(i)) && /^(?:last|this)$/.test(v.lower(i - 1))) { i -= 2; continue; }
    break;
  }
  return i;
}

/**
 * The subject before a verb: "Brazil's Foreign Minister Mauro Vieira told", "the statement said",
 * "he told". Skips "on Monday" and adverbs, and an appositive or relative clause between commas
 * ("Lula, who arrived on Wednesday, said").
 */
export function subjectBefore(v: TokenView, verb: number, floor: number): TokenRange | null {
  let i = skipBack(v, verb - 1, floor);
  if (i >= floor && v.word(i) === ',') {
    // "X, who arrived on Monday, said" / "X, UNICEF's director, said" / "Guterres' spokesman, Stephane Dujarric, told"
    let j = i - 1;
    while (j >= floor && v.word(j) !== ',') j--;
    if (j < floor) return null;
    const opener = v.lower(j + 1);
    let allProper = true;
    let hasVerb = false;
    for (let k = j + 1; k < i; k++) {
      if (v.pos(k) !== 'PROPN' && v.word(k) !== '.' && v.word(k) !== '-') allProper = false;
      if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') hasVerb = true;
    }
    if (allProper && i > j + 1) return [j + 1, i];
    if (opener === 'who' || opener === 'which' || !hasVerb) i = j - 1;
  }
  const end = i + 1;
  while (i >= floor && inPhrase(v, i, floor)) i--;
  let start = i + 1;
  while (start < end && (v.pos(start) === 'ADP' || v.pos(start) === 'CCONJ' || v.word(start) === '-' || /^(?:what|which|who|that)$/.test(v.lower(start)))) start++;
  return end > start ? [start, end] : null;
}

/** The noun phrase right after a verb: "said army spokesman Nabil Abdallah". */
export function phraseAfter(v: TokenView, verb: number, ceil: number): TokenRange | null {
  let i = verb + 1;
  const start = i;
  while (i < ceil && inPhrase(v, i, start)) i++;
  return i > start ? [start, i] : null;
}

/** The subject of the sentence: its first noun phrase after a leading adverbial ("In an interview with X, ..."). */
export function sentenceSubject(v: TokenView, first: number, last: number, skip: (i: number) => boolean = () => false): TokenRange | null {
  let i = first;
  while (i < last && skip(i)) i++;
  // a dateline left in the sentence: "ERBIL, Kurdistan Region of Iraq — ..."
  for (let k = first; k < Math.min(last, first + 15); k++) {
    if (v.word(k) === '—' || v.word(k) === '--') { i = k + 1; break; }
    if (v.pos(k) !== 'PROPN' && v.pos(k) !== 'PUNCT' && v.pos(k) !== 'ADP') break;
  }
  if (v.pos(i) === 'ADP' || v.pos(i) === 'SCONJ' || v.pos(i) === 'ADV' || (v.pos(i) === 'VERB' && /ing$/.test(v.lower(i)))) {
    let j = i;
    while (j < last && v.word(j) !== ',') j++;
    if (j < last - 1) i = j + 1;
  }
  while (i < last && (v.pos(i) === 'CCONJ' || v.pos(i) === 'PUNCT')) i++;
  const start = i;
  while (i < last && inPhrase(v, i, start)) i++;
  return i > start && /PROPN|NOUN|PRON/.test(Array.from({ length: i - start }, (_, k) => v.pos(start + k)).join(' ')) ? [start, i] : null;
}

export function isPronoun(v: TokenView, r: TokenRange): boolean {
  return r[1] - r[0] === 1 && PRONOUNS.has(v.lower(r[0]));
}

/** The last noun of the phrase, lower-case: "statement" in "the Iraqi statement". */
export function headNoun(v: TokenView, r: TokenRange): string {
  for (let i = r[1] - 1; i >= r[0]; i--) if (v.pos(i) === 'NOUN' || v.pos(i) === 'PROPN') return v.lower(i);
  return '';
}
