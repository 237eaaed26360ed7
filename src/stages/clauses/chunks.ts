import { ROLE_NOUNS, SUBORDINATORS, TIME_WORDS } from './clause-words.js';
import { isChunkPart, isNominal, type SentenceView } from './sentence-view.js';
import { MONTHS, WEEKDAYS } from '../times/calendar-words.js';

/** A noun phrase by token range [a, b), with what stands before it and inside it. */
export interface Phrase {
  a: number;
  b: number;
  head: number;
  /** preposition right before the phrase (lower case), or null. */
  prep: string | null;
  /** tokens before a possessive 's ("Syria's readiness" -> Syria), or null. */
  possessor: [number, number] | null;
  /** conjuncts ("Iraq and Syria" -> two parts); one part (the whole phrase) otherwise. */
  parts: Array<[number, number]>;
  /** only time words ("Monday", "this month"): never a subject or object. */
  isTime: boolean;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const CONJUNCTIONS = new Set(['and', 'or', '&']);
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', ...WEEKDAYS]);
/** Time words that end a time phrase ("on Monday", "last week", "in March"; not "may", a modal too): a determiner after one starts another phrase. */
const TIME_ENDS = new Set([...DAY_WORDS, ...MONTHS.filter((m) => m !== 'may'), 'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening']);
/** "Khomeini today rejected": after a name only a lower-case relative day word starts a new chunk ("USA Today" stays a name). */
const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const isLower = (v: SentenceView, i: number) => { const c = v.text.charCodeAt(v.tokens[i]!.start); return c >= 97 && c <= 122; };
const QUANTIFIERS: Array<string[]> = [['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['up', 'to'], ['as', 'many', 'as'], ['nearly'], ['almost'], ['roughly'], ['approximately']];
/** The quantifiers by their first word (most words open none). */
const QUANTIFIERS_BY_FIRST = new Map<string, Array<string[]>>();
for (const q of QUANTIFIERS) QUANTIFIERS_BY_FIRST.set(q[0]!, [...(QUANTIFIERS_BY_FIRST.get(q[0]!) ?? []), q]);
/**
 * "About 300 protesters blocked", "Around 40 activists": words that are prepositions elsewhere ("talks about
 * prisoners", "protested over job cuts") count as quantifiers only where no noun or verb could govern them:
 * at the start of the sentence or after punctuation, a conjunction or another preposition.
 */
const PREP_QUANTIFIERS = new Set(['about', 'around', 'over', 'some']);
const FREE_BEFORE = new Set(['PUNCT', 'CCONJ', 'ADP', 'SCONJ']);

/** Noun chunks of one sentence, then lists, coordination and appositives merged into phrases. */
export function findPhrases(v: SentenceView): Phrase[] {
  return mergeCoordination(v, mergeRoleOf(v, findChunks(v)));
}

/** "the head of the Iraqi Intelligence Service", "members of the mission": a role noun and its of-phrase are one actor. */
function mergeRoleOf(v: SentenceView, chunks: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (let k = 0; k < chunks.length; k++) {
    let cur = chunks[k]!;
    while (ROLE_NOUNS.has(v.lemmas[cur.head]!) && chunks[k + 1]?.prep === 'of' && chunks[k + 1]!.a === cur.b + 1) {
      const next = chunks[++k]!;
      cur = { ...cur, b: next.b, parts: [[cur.a, next.b]], isTime: false };
    }
    out.push(cur);
  }
  return out;
}

function findChunks(v: SentenceView): Phrase[] {
  const out: Phrase[] = [];
  let i = v.from;
  while (i < v.to) {
    const start = i;
    const quant = quantifierAt(v, i);
    if (quant > 0 && i + quant < v.to && v.pos[i + quant]! === 'NUM') i += quant;
    if (!startsChunk(v, i)) { i = Math.max(i, start) + 1; continue; }
    let possessor: [number, number] | null = null;
    let j = i;
    let glossEnd = -1;
    while (j < v.to) {
      // "The Kurdistan Workers' Party (PKK) said", "the Hizbollah (Party of God) group": a short gloss in brackets belongs to the phrase.
      if (v.words[j] === '(' && j > i) {
        const close = closingGloss(v, j);
        if (close < 0) break;
        if (close + 1 < v.to && isChunkPart(v.pos[close + 1]!) && v.pos[close + 1] !== 'PRON' && v.pos[close + 1] !== 'DET') { j = close + 1; continue; }
        glossEnd = close + 1;
        break;
      }
      const t = { pos: v.pos[j]! };
      const w = v.words[j]!;
      if (t.pos === 'PRON') {
        if (j > i) break; // a pronoun inside ends the chunk
        j++;
        if (!POSSESSIVE_PRONOUNS.has(w)) break; // "he", "they": a chunk alone
        continue;
      }
      // "staged demonstrations Saturday", "renewed negotiations today": a bare day word after a noun starts a new (time) chunk.
      if (j > i && DAY_WORDS.has(w) && (v.pos[j - 1] === 'NOUN' || (v.pos[j - 1] === 'PROPN' && RELATIVE_DAYS.has(w) && isLower(v, j)))) break;
      // "said on Monday the rebels attacked", "said Thursday that rebels": a determiner after a time word opens the next phrase
      if (j > i && t.pos === 'DET' && TIME_ENDS.has(v.words[j - 1]!)) break;
      // "Militants loyal to X", "groups close to Y": an adjective after the noun that opens a to-phrase describes the noun from behind
      if (j > i && adjectiveBehind(v, j)) break;
      // "rejected as baseless the allegations", "denounced as a crime Serbia's crackdown": after an as-phrase, a determiner or a
      // possessive name opens the verb's object, put after the as-phrase
      if (j > i && v.words[i - 1] === 'as' && (v.pos[j - 1] === 'NOUN' || v.pos[j - 1] === 'ADJ') && (t.pos === 'DET' || (t.pos === 'PROPN' && v.words[j + 1] === "'s"))) break;
      if (isChunkPart(t.pos)) { j++; continue; }
      if ((w === "'s" || w === "'") && t.pos === 'PART' && j + 1 < v.to && startsChunk(v, j + 1)) { possessor = [start, j]; j++; continue; }
      if ((w === '-' || w === '–' || w === "'" ) && j > start && j + 1 < v.to && glued(v, j) && isChunkPart(v.pos[j + 1]!)) { j++; continue; }
      if (t.pos === 'ADV' && (j > start || startsChunk(v, j)) && j + 1 < v.to && isChunkPart(v.pos[j + 1]!) && v.pos[j + 1]! !== 'PRON') { j++; continue; }
      break;
    }
    if (j === i) { i++; continue; }
    // "his recent visit": a possessive pronoun is the possessor.
    if (!possessor && POSSESSIVE_PRONOUNS.has(v.words[i]!) && j > i + 1) possessor = [i, i + 1];
    const phrase = makePhrase(v, start, j, possessor);
    if (glossEnd > 0) { phrase.b = glossEnd; phrase.parts = [[start, glossEnd]]; j = glossEnd; }
    out.push(phrase);
    i = j;
  }
  return out;
}

/** The closing bracket of a short gloss opened at `open` (at most six words, no verb): an acronym or a name. */
function closingGloss(v: SentenceView, open: number): number {
  for (let k = open + 1; k < v.to && k <= open + 7; k++) {
    if (v.words[k] === ')') return k > open + 1 ? k : -1;
    const pos = v.pos[k]!;
    if (!(isChunkPart(pos) || pos === 'ADP' || pos === 'CCONJ' || (pos === 'PUNCT' && v.words[k] !== '(' && v.words[k] !== ','))) return -1;
  }
  return -1;
}

/** An adjective right after a noun that opens a to-phrase: "Militants loyal to X", "groups close to Y". */
function adjectiveBehind(v: SentenceView, j: number): boolean {
  return v.pos[j] === 'ADJ' && j > v.from && (v.pos[j - 1] === 'NOUN' || v.pos[j - 1] === 'PROPN') && v.words[j + 1] === 'to' && v.pos[j + 1] === 'ADP' && v.pos[j + 2] !== 'VERB';
}

/** Pronouns that open a relative or a question, never a chunk. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'what', 'whose']);

function startsChunk(v: SentenceView, i: number): boolean {
  if (i >= v.to) return false;
  const pos = v.pos[i]!;
  if (adjectiveBehind(v, i)) return false;
  if (pos === 'PRON') return !RELATIVE_PRONOUNS.has(v.words[i]!);
  if (pos === 'ADV') {
    const next = v.pos[i + 1];
    const prev = v.pos[i - 1];
    return (next === 'ADJ' || next === 'NOUN' || next === 'PROPN') && (v.words[i] === 'new' || prev === 'ADP' || prev === 'DET');
  }
  if (pos === 'DET' && v.words[i] === 'that' && (!isChunkPart(v.pos[i + 1] ?? '') || TIME_ENDS.has(v.words[i - 1] ?? ''))) return false;
  return isChunkPart(pos);
}

function quantifierAt(v: SentenceView, i: number): number {
  const opened = QUANTIFIERS_BY_FIRST.get(v.words[i]!);
  if (opened) for (const q of opened) if (q.every((w, k) => v.words[i + k] === w)) return q.length;
  if (PREP_QUANTIFIERS.has(v.words[i]!) && (i === v.from || FREE_BEFORE.has(v.pos[i - 1]!))) return 1;
  return 0;
}

/** A hyphen or apostrophe with no space on either side ("al-Shibani", "Iraq-Syria"). */
function glued(v: SentenceView, j: number): boolean {
  return v.tokens[j - 1]!.end === v.tokens[j]!.start && v.tokens[j]!.end === v.tokens[j + 1]!.start;
}

function makePhrase(v: SentenceView, a: number, b: number, possessor: [number, number] | null): Phrase {
  let head = b - 1;
  const beforeHead = v.pos[head - 1];
  if (v.pos[head]! === 'ADJ' && head > a && (beforeHead === 'NOUN' || beforeHead === 'ADJ' || beforeHead === 'PROPN')) head = b; // "rebel offensive" (ADJ-tagged noun)
  else while (head > a && !isNominal(v.pos[head]!)) head--;
  if (head === b || !isNominal(v.pos[head]!)) head = b - 1;
  const before = a - 1 >= v.from ? { pos: v.pos[a - 1]! } : null;
  // ("rejected as baseless the allegations": an adjective after an adverb "as", before the object, is an as-phrase too)
  const asAdjective = v.words[a - 1] === 'as' && b === a + 1 && v.pos[a] === 'ADJ' && (v.pos[b] === 'DET' || (v.pos[b] === 'PROPN' && v.words[b + 1] === "'s"));
  const prep = before && (before.pos === 'ADP' || (before.pos === 'PART' && v.words[a - 1] === 'to') || (before.pos === 'SCONJ' && v.words[a - 1] !== 'that') || asAdjective) ? v.words[a - 1]! : null;
  let isTime = true;
  for (let k = a; k < b; k++) if (!TIME_WORDS.has(v.words[k]!) && v.pos[k]! !== 'NUM') isTime = false;
  // "killing one person and arresting 12": a lone number right after a verb (not a year) counts people, it is no time
  if (isTime && b === a + 1 && v.pos[a] === 'NUM' && before?.pos === 'VERB' && !/^\d{4}$/.test(v.words[a]!)) isTime = false;
  return { a, b, head, prep, possessor, parts: [[a, b]], isTime };
}

/** "A, B and C" -> one phrase with three parts; "X, the Syrian minister," -> one phrase (appositive). */
function mergeCoordination(v: SentenceView, chunks: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (let k = 0; k < chunks.length; k++) {
    let cur = chunks[k]!;
    let n = k + 1;
    // Coordination: chunk (, chunk)* and chunk, not ", and" before a new clause.
    for (;;) {
      const next = chunks[n];
      if (!next || next.prep !== null && next.prep !== cur.prep) break;
      const gap = gapBetween(v, cur.b, next.a);
      const isList = gap === 'comma' && chunks[n + 1] !== undefined && listContinues(v, chunks, n);
      const isConj = gap === 'conjunction' || gap === 'comma-conjunction' && !startsClause(v, next.b);
      if (!(isList || isConj) || cur.isTime || next.isTime) break;
      // "Since Assad's fall, the U.S. and other nations called": a fronted adverbial ends at its comma.
      if (isList && cur.prep !== null && next.prep === null && SUBORDINATORS.has(cur.prep)) break;
      cur = { ...cur, b: next.b, parts: [...cur.parts, ...next.parts], head: next.head, isTime: false };
      n++;
      if (isConj) break;
    }
    // Appositive: chunk , chunk (, | . | end) where the second names a role.
    const app = chunks[n];
    if (n === k + 1 && app && app.prep === null && cur.parts.length === 1) {
      const gap = gapBetween(v, cur.b, app.a);
      const after = v.words[app.b];
      if (gap === 'comma' && (after === ',' || after === '.' || app.b >= v.to) && hasCommonNoun(v, app) && !app.isTime) {
        cur = { ...cur, b: app.b, parts: [[cur.a, app.b]] };
        n++;
      }
    }
    out.push(cur);
    k = n - 1;
  }
  return out;
}

function listContinues(v: SentenceView, chunks: Phrase[], n: number): boolean {
  for (let m = n; m + 1 < chunks.length; m++) {
    const gap = gapBetween(v, chunks[m]!.b, chunks[m + 1]!.a);
    if (gap === 'conjunction' || gap === 'comma-conjunction') return true;
    if (gap !== 'comma') return false;
  }
  return false;
}

/** True when a verb (or auxiliary) follows token b: the conjunction joined clauses, not nouns. */
function startsClause(v: SentenceView, b: number): boolean {
  let i = b;
  while (i < v.to && v.pos[i]! === 'ADV') i++;
  return i < v.to && (v.pos[i]! === 'VERB' || v.pos[i]! === 'AUX');
}

function hasCommonNoun(v: SentenceView, p: Phrase): boolean {
  for (let k = p.a; k < p.b; k++) if (v.pos[k]! === 'NOUN') return true;
  return v.pos[p.a]! === 'DET';
}

/** The words between two chunks, as the merges read them: a comma, a conjunction, a comma and a conjunction, or anything else. */
type Gap = 'comma' | 'conjunction' | 'comma-conjunction' | 'other';

function gapBetween(v: SentenceView, a: number, b: number): Gap {
  if (b - a === 1) return v.words[a] === ',' ? 'comma' : CONJUNCTIONS.has(v.words[a]!) ? 'conjunction' : 'other';
  return b - a === 2 && v.words[a] === ',' && CONJUNCTIONS.has(v.words[a + 1]!) ? 'comma-conjunction' : 'other';
}
