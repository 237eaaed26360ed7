import { FUTURE_MODALS, MODALS, NEGATIONS, PRESENT_BE_HAVE, SAY_VERBS, STANCE_PARTICIPLES, THAT_VERBS } from './clause-words.js';
import type { SentenceView } from './sentence-view.js';

/** A verb group: auxiliaries, modals, negation and adverbs around one main verb, token range [a, b). */
export interface VerbGroup {
  a: number;
  b: number;
  head: number;
  form: 'finite' | 'infinitive' | 'gerund' | 'participle';
  tense: 'past' | 'present' | 'future' | 'none';
  voice: 'active' | 'passive';
  negated: boolean;
  modal: string | null;
  particle: string | null;
  /** the group is only a form of "be" (copula): "the talks were fruitful". */
  copula: boolean;
}

const AUX_LEMMAS = new Set(['be', 'have', 'do', 'get']);
const PARTICLE_WORDS = new Set(['up', 'out', 'off', 'down', 'back', 'away']);
/** Auxiliaries that make a clause past ("had barred", "did not"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'did', "'d"]);
/** Words before a participle with a by-phrase ("an offensive led by"). */
const NOMINAL_BEFORE = new Set(['NOUN', 'PROPN', 'ADJ']);

const NOUN_PHRASE_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const isNounOrName = (pos: string | undefined) => pos === 'NOUN' || pos === 'PROPN';

const isVerb = (v: SentenceView, i: number) => v.pos[i] === 'VERB';
const isAux = (v: SentenceView, i: number) => v.pos[i] === 'AUX' || MODALS.has(v.words[i] ?? '');
const isNeg = (v: SentenceView, i: number) => NEGATIONS.has(v.words[i] ?? '') && v.pos[i]! !== 'DET';
const isGroupAdverb = (v: SentenceView, i: number) => v.pos[i] === 'ADV' || isNeg(v, i);
const isIng = (w: string) => w.length > 4 && w.endsWith('ing');
/** Quote marks a writer puts inside a verb group ("was “inclined” to", "will “shortly be declaring"). */
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', "'"]);
/** A past form: the word differs from its lemma and is not -ing, a third-person -s or an irregular present. */
const isPastForm = (v: SentenceView, i: number) => {
  const w = v.words[i]!;
  const lemma = v.lemmas[i]!;
  return w !== lemma && !isIng(w) && !PRESENT_BE_HAVE.has(w) && !(isLemmaPlus(w, lemma, lemma.length, 's') || isLemmaPlus(w, lemma, lemma.length, 'es') || (lemma.endsWith('y') && isLemmaPlus(w, lemma, lemma.length - 1, 'ies')));
};

/** `w` is the first `n` characters of `lemma` and then `ending` (compared in place: no string is built). */
function isLemmaPlus(w: string, lemma: string, n: number, ending: string): boolean {
  return w.length === n + ending.length && w.endsWith(ending) && samePrefix(w, lemma, n);
}

function samePrefix(a: string, b: string, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Finds the verb groups of one sentence, left to right, without overlap. */
export function findVerbGroups(v: SentenceView): VerbGroup[] {
  const out: VerbGroup[] = [];
  let i = v.from;
  while (i < v.to) {
    const g = groupAt(v, i);
    // "fired tear gas": a bare verb right after another verb and before a noun is a mis-tagged noun.
    const prev = out.at(-1);
    if (g && prev && g.a === prev.b && g.a === g.head && v.words[g.head] === v.lemmas[g.head]! && v.pos[g.b] === 'NOUN') { i = g.b; continue; }
    // "expelled two Russian diplomats based in Geneva": a bare past form right after the object of a verb, before a
    // preposition, is a reduced relative on that object, not a new clause.
    // "threatened the bloc with tariffs on wine and spirits produced in Europe": the same after a preposition's object.
    if (g && prev && g.form === 'finite' && g.a === g.head && isPastForm(v, g.head) && v.pos[g.b] === 'ADP' && (objectBetween(v, prev, g.a) || prepObjectBefore(v, prev, g.a))) { g.form = 'participle'; g.voice = 'passive'; }
    if (g) { out.push(g); i = g.b; } else i++;
  }
  // "Kenya, backed by the United States, attacked", "The group, based in Nairobi, was sanctioned": a bare past form
  // between commas right after the sentence's first noun phrase, before the first finite verb, is a participle on it.
  const [first, second] = out;
  if (first && second && first.form === 'finite' && first.a === first.head && !first.copula && isPastForm(v, first.head)
    && first.a > v.from + 1 && v.words[first.a - 1] === ',' && isNounOrName(v.pos[first.a - 2]) && !RELATIVE_WORDS.has(v.words[first.a - 2] ?? '')
    && second.form === 'finite' && v.words[skipBackAdverbs(v, second.a) - 1] === ',') {
    first.form = 'participle';
    first.voice = 'passive';
  }
  return out;
}

function skipBackAdverbs(v: SentenceView, i: number): number {
  while (i > v.from && v.pos[i - 1]! === 'ADV') i--;
  return i;
}

function groupAt(v: SentenceView, i: number): VerbGroup | null {
  const infinitive = v.words[i] === 'to' && v.pos[i]! === 'PART';
  if (!infinitive && !isAux(v, i) && !isVerb(v, i)) return null;
  let j = infinitive ? i + 1 : i;
  const aux: number[] = [];
  let head = -1;
  let negated = false;
  let quoted = false;
  while (j < v.to) {
    // a quote mark after an auxiliary or adverb of the group, before more of it, does not end the group
    if (j > i && QUOTE_MARKS.has(v.words[j]!) && j + 1 < v.to && (isAux(v, j + 1) || isVerb(v, j + 1) || isGroupAdverb(v, j + 1))) { quoted = true; j++; continue; }
    // (and after an adverb of the group: "is “flagrantly” defying")
    const next = quoted && QUOTE_MARKS.has(v.words[j + 1] ?? '') ? j + 2 : j + 1;
    if (isGroupAdverb(v, j) && next < v.to && (isAux(v, next) || isVerb(v, next) || isGroupAdverb(v, next))) { negated ||= isNeg(v, j); j++; continue; }
    if (isNeg(v, j)) { negated = true; j++; continue; }
    if (isAux(v, j)) { aux.push(j); j++; continue; }
    if (isVerb(v, j)) {
      // "has been holding": have/be tagged VERB followed by another verb are auxiliaries.
      const next = skipAdverbs(v, j + 1);
      if (AUX_LEMMAS.has(v.lemmas[j]!) && isVerb(v, next)) { aux.push(j); j = next; continue; }
      head = j;
      j++;
      break;
    }
    break;
  }
  if (infinitive && head < 0) return null;
  // ... and the closing mark right after the head ("inclined”") belongs to it too
  if (quoted && head >= 0 && j === head + 1 && j < v.to && QUOTE_MARKS.has(v.words[j]!)) j++;
  if (head < 0) {
    // Copula or a dangling auxiliary: keep "be" (a clause about a state), drop bare modals.
    let be: number | undefined;
    for (let n = aux.length - 1; n >= 0 && be === undefined; n--) if (v.lemmas[aux[n]!]! === 'be') be = aux[n];
    if (be === undefined) return null;
    head = be;
    aux.splice(aux.indexOf(be), 1);
    j = Math.max(j, be + 1);
  }
  // A trailing negation adverb ("did not") already counted; include "no longer".
  // the first modal among the auxiliaries, and whether one is be/get (passive) or a past form (tense)
  let modal: string | null = null;
  let beOrGet = false;
  let pastAux = false;
  for (const k of aux) {
    const w = v.words[k]!;
    const lemma = v.lemmas[k]!;
    if (modal === null && MODALS.has(w)) modal = w;
    // (the tagger leaves "being" as its own lemma: "from being detained" is passive)
    if (lemma === 'be' || lemma === 'get' || w === 'being') beOrGet = true;
    if (PAST_AUX.has(w)) pastAux = true;
  }
  const hw = v.words[head]!;
  const copula = v.pos[head]! === 'AUX';
  const stance = STANCE_PARTICIPLES.has(v.lemmas[head]!) && v.words[j] === 'to';
  const passive = !copula && !stance && beOrGet && isPastForm(v, head);
  let form: VerbGroup['form'] = 'finite';
  if (infinitive) form = 'infinitive';
  else if (aux.length === 0 && isIng(hw)) form = 'gerund';
  // "after being detained", "since having signed": a group opened by an -ing auxiliary is a gerund too.
  else if (aux.length > 0 && aux[0]! >= i && isIng(v.words[aux[0]!]!) && modal === null) form = 'gerund';
  else if (aux.length === 0 && isPastForm(v, head) && v.words[j] === 'by' && head > v.from && NOMINAL_BEFORE.has(v.pos[head - 1]!)) form = 'participle';
  let tense: VerbGroup['tense'] = 'present';
  if (form === 'infinitive' || form === 'gerund') tense = 'none';
  else if (modal && (FUTURE_MODALS.has(modal) || modal === 'would')) tense = 'future';
  else if (pastAux || (aux.length === 0 && isPastForm(v, head)) || form === 'participle') tense = 'past';
  const particle = PARTICLE_WORDS.has(v.words[j] ?? '') && !copula ? v.words[j]! : null;
  return {
    a: i, b: particle ? j + 1 : j, head, form, tense, voice: passive || form === 'participle' ? 'passive' : 'active',
    negated, modal: form === 'infinitive' ? null : modal, particle, copula,
  };
}

/** Only a noun phrase stands between the verb group `prev` (a verb that takes an object, not one of saying) and token `a`. */
function objectBetween(v: SentenceView, prev: VerbGroup, a: number): boolean {
  if (prev.copula || prev.form === 'participle' || a - prev.b < 1 || !isNounOrName(v.pos[a - 1])) return false;
  const lemma = v.lemmas[prev.head]!;
  if (SAY_VERBS.has(lemma) || THAT_VERBS.has(lemma)) return false;
  for (let k = prev.b; k < a; k++) if (!NOUN_PHRASE_POS.has(v.pos[k]!)) return false;
  return true;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/**
 * The noun phrase right before token `a` (coordinated nouns included: "wine, champagne and other spirits")
 * is the object of a preposition inside the clause of `prev`, with nothing but noun and prepositional
 * phrases between: a verb form after it cannot have that phrase as its subject. Not after a relative
 * verb ("the rebels who fought with the army attacked"), whose clause may end before `a`.
 */
function prepObjectBefore(v: SentenceView, prev: VerbGroup, a: number): boolean {
  if (prev.copula || !isNounOrName(v.pos[a - 1]) || RELATIVE_WORDS.has(v.words[prev.a - 1] ?? '')) return false;
  let k = a - 1;
  // back over the noun phrase; a determiner right after a noun starts a phrase of its own ("on Monday the rebels").
  while (k > prev.b && (NOUN_PHRASE_POS.has(v.pos[k - 1]!) || ((v.words[k - 1] === ',' || v.pos[k - 1] === 'CCONJ') && NOUN_PHRASE_POS.has(v.pos[k - 2] ?? '')))) {
    if (v.pos[k] === 'DET' && isNounOrName(v.pos[k - 1])) break;
    k--;
  }
  if (k <= prev.b || v.pos[k - 1] !== 'ADP') return false;
  for (let i = prev.b; i < k; i++) if (!NOUN_PHRASE_POS.has(v.pos[i]!) && v.pos[i] !== 'ADP' && v.pos[i] !== 'SYM' && v.pos[i] !== 'CCONJ' && v.words[i] !== ',') return false;
  return true;
}

function skipAdverbs(v: SentenceView, i: number): number {
  while (i < v.to && isGroupAdverb(v, i)) i++;
  return i;
}
