import type { Token } from '../../document/schema.js';
import { IRREGULAR_PAST } from './clause-words.js';

/** The tokens of one sentence with the lower-cased word of each: what every clause step reads. */
export interface SentenceView {
  text: string;
  tokens: Token[];
  /** first token index of the sentence (into doc.tokens) and one past the last. */
  from: number;
  to: number;
  words: string[];
  /** the lower-cased lemma of every token of the document (indexed like tokens). */
  lemmas: string[];
  /** part of speech after the repairs of `repairTags` (indexed like tokens). */
  pos: string[];
}

/**
 * The view of tokens [from, to). `scratch` (from `viewScratch`) holds arrays indexed like doc.tokens
 * that every sentence of one document reuses: positions outside [from, to) must read undefined, as
 * the steps expect, so the caller hands the view back to `releaseView` before the next one.
 */
export function viewOf(text: string, tokens: Token[], from: number, to: number, scratch = viewScratch(tokens.length)): SentenceView {
  const all = lowerWords(text, tokens);
  const { words, pos } = scratch;
  for (let i = from; i < to; i++) {
    words[i] = all[i]!;
    pos[i] = tokens[i]!.pos;
  }
  const view = { text, tokens, from, to, words, lemmas: lowerLemmas(tokens), pos };
  repairTags(view);
  return view;
}

export interface ViewScratch {
  words: string[];
  pos: string[];
}

export function viewScratch(n: number): ViewScratch {
  return { words: new Array<string>(n).fill(undefined as unknown as string), pos: new Array<string>(n).fill(undefined as unknown as string) };
}

/** Empties the view's range of its scratch arrays again. */
export function releaseView(v: SentenceView): void {
  for (let i = v.from; i < v.to; i++) {
    v.words[i] = undefined as unknown as string;
    v.pos[i] = undefined as unknown as string;
  }
}

/** The lower-cased lemma of every token of a document, made once per token list (every step asks for them). */
const lemmasOf = new WeakMap<Token[], string[]>();

function lowerLemmas(tokens: Token[]): string[] {
  let lemmas = lemmasOf.get(tokens);
  if (!lemmas) {
    lemmas = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) lemmas[i] = tokens[i]!.lemma.toLowerCase();
    lemmasOf.set(tokens, lemmas);
  }
  return lemmas;
}

/** The lower-cased word of every token of a document (’ as '), made once per token list. */
const wordsOf = new WeakMap<Token[], string[]>();

function lowerWords(text: string, tokens: Token[]): string[] {
  let words = wordsOf.get(tokens);
  if (words) return words;
  words = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const w = text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase();
    words[i] = w.includes('’') ? w.replace(/’/g, "'") : w;
  }
  wordsOf.set(tokens, words);
  return words;
}

const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'ADP']);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const isCapitalisedAt = (v: SentenceView, i: number) => { const c = v.text.charCodeAt(v.tokens[i]!.start); return c >= 65 && c <= 90; };
const CLAUSE_OPENERS = new Set(['if', 'unless', 'when', 'whenever', 'until', 'because', 'after', 'before', 'while', 'that']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const PERFECT = new Set(['have', 'has', 'had']);
/** Verbs in -s that take "to" and a verb and that a tagger may call nouns ("plans to", "claims to"). */
const TO_VERBS = new Set(['plans', 'hopes', 'seeks', 'vows', 'threatens', 'claims', 'intends', 'aims', 'promises', 'pledges', 'refuses', 'agrees', 'needs', 'wants', 'wishes', 'offers', 'tries', 'fails', 'expects', 'continues', 'attempts', 'demands']);
const PARTICLE_AFTER = new Set(['down', 'up', 'out', 'off']);

/**
 * wink's tagger sometimes calls a main verb a noun or adjective ("Qatar mediated/ADJ between",
 * "Iran armed/ADJ the Houthis", "Saudi Arabia shares/NOUN the views", "a jet shot/NOUN down") and a
 * participle before a noun a verb ("the captured/VERB helicopter"). Repairs by position only.
 */
function repairTags(v: SentenceView): void {
  repairCompounds(v);
  let sawVerb = false;
  for (let i = v.from; i < v.to; i++) {
    const w = v.words[i]!;
    const prev = i > v.from ? v.pos[i - 1]! : '';
    const next = i + 1 < v.to ? v.pos[i + 1]! : '';
    const p = v.pos[i]!;
    // "airstrikes against IS", "the US": a word in capitals is a name, not the verb "is" or the pronoun "us".
    if ((p === 'VERB' || p === 'AUX' || p === 'PRON') && w.length >= 2 && isAllCapitals(v, i) && i > v.from && !isAllCapitals(v, i - 1)) { v.pos[i] = 'PROPN'; continue; }
    // "NBC's “Meet the Press”": a capitalised verb opening a quoted title right after a possessive names the title.
    if (p === 'VERB' && i >= v.from + 2 && OPENING_QUOTES.has(v.words[i - 1]!) && v.words[i - 2] === "'s" && isCapitalisedAt(v, i)) { v.pos[i] = 'PROPN'; continue; }
    // "return to talks", "access to arms": an infinitive never has the -s of the third person; "to" is a preposition there.
    if (p === 'VERB' && v.words[i - 1] === 'to' && w.endsWith('s') && !w.endsWith('ss') && v.lemmas[i]! !== w) {
      v.pos[i] = 'NOUN';
      v.pos[i - 1] = 'ADP';
      continue;
    }
    // "Coordinated airstrikes by the army have killed ...": an -ed word opening the sentence before a noun, with a verb still to come, describes the noun.
    if (p === 'VERB' && i === firstWord(v) && w.endsWith('ed') && (next === 'NOUN' || next === 'ADJ') && hasVerbAfter(v, i + 1)) { v.pos[i] = 'ADJ'; continue; }
    if (p === 'VERB' && (prev === 'DET' || prev === 'ADJ') && (next === 'NOUN' || next === 'ADJ' || (next === 'PROPN' && prev === 'DET')) && w.endsWith('ed')) { v.pos[i] = 'ADJ'; continue; }
    // "killing two soldiers and wounding/NOUN five civilians": an -ing form after "and"/"or" that has an object, parallel to an earlier gerund, is one too.
    if (p === 'NOUN' && i > v.from && (v.words[i - 1] === 'and' || v.words[i - 1] === 'or') && w.length > 5 && w.endsWith('ing') && (next === 'DET' || next === 'NUM' || next === 'PRON' || next === 'PROPN') && earlierGerund(v, i)) { v.pos[i] = 'VERB'; continue; }
    // "Greece, like other members, plans/NOUN to impose": an -s form before "to" and a verb, after a name or a comma, is the verb.
    if (p === 'NOUN' && i > v.from && (prev === 'PROPN' || v.words[i - 1] === ',') && TO_VERBS.has(w) && v.words[i + 1] === 'to' && v.pos[i + 2] === 'VERB' && !isCapitalised(v, i)) { v.pos[i] = 'VERB'; continue; }
    // "forces have retaken/NOUN a village": an -en or -ed form right after a perfect auxiliary and before an object is the verb.
    if ((p === 'NOUN' || p === 'ADJ') && i > v.from && PERFECT.has(v.words[i - 1]!) && /(?:en|ed)$/.test(w) && OBJECT_START.has(next)) { v.pos[i] = 'VERB'; sawVerb = true; continue; }
    // "rejected calls by Peru", "renewed calls for": an -s form right after a main verb is its object, not a second verb.
    if (p === 'VERB' && prev === 'VERB' && /[^s]s$/.test(w) && !isCapitalised(v, i) && i + 1 < v.to && (next === 'ADP' || next === 'PUNCT' || next === 'CCONJ')) { v.pos[i] = 'NOUN'; continue; }
    // "reject proposed Chilean changes", "criticised increased raids": an -ed form between a main verb and a noun phrase describes the noun.
    if (p === 'VERB' && prev === 'VERB' && w.endsWith('ed') && (next === 'ADJ' || next === 'NOUN' || (next === 'PROPN' && (v.pos[i + 2] === 'NOUN' || v.pos[i + 2] === 'ADJ')))) { v.pos[i] = 'ADJ'; continue; }
    // "aircraft using precision guided missiles killed": an -ed form between two nouns, right before the sentence's verb, is a compound modifier.
    if (p === 'VERB' && prev === 'NOUN' && next === 'NOUN' && w.endsWith('ed') && !isCapitalised(v, i) && v.pos[i + 2] === 'VERB' && !v.words[i + 2]!.endsWith('ing')) { v.pos[i] = 'ADJ'; continue; }
    // "the Red Cross said", "Red Cross officials": a capitalised bare verb form right after a capitalised name word is part of the name.
    if (p === 'VERB' && i > v.from && prev === 'PROPN' && isCapitalised(v, i) && isCapitalised(v, i - 1) && !/(?:[^s]s|ed|ing)$/.test(w) && next !== 'DET' && next !== 'PRON') { v.pos[i] = 'PROPN'; continue; }
    // "Algeria's leading rights activist", "its ruling party": an -ing form between a possessive and a noun describes it.
    if (p === 'VERB' && (v.words[i - 1] === "'s" || POSSESSIVES.has(v.words[i - 1] ?? '')) && (next === 'NOUN' || next === 'ADJ') && w.endsWith('ing')) { v.pos[i] = 'ADJ'; continue; }
    // "other existing members", "the ruling party": the same between a determiner or adjective and a noun.
    if (p === 'VERB' && (prev === 'DET' || prev === 'ADJ') && next === 'NOUN' && w.length > 5 && w.endsWith('ing')) { v.pos[i] = 'ADJ'; continue; }
    // "opposed to French mediation": a capitalised word after a lower-case "to" and before a noun is a name or demonym, not an infinitive.
    if (p === 'VERB' && i > v.from && v.words[i - 1] === 'to' && (next === 'NOUN' || next === 'PROPN') && isCapitalised(v, i) && !isCapitalised(v, i - 1)) {
      v.pos[i] = 'ADJ';
      v.pos[i - 1] = 'ADP';
      continue;
    }
    // "fired tear gas and stun grenades", "called for talks and free elections": a bare verb after "and"/"or" before a plural noun,
    // where the verb before it is in the past, is no verb coordinated with it (that would be "stunned") but the noun's modifier.
    if (p === 'VERB' && (v.words[i - 1] === 'and' || v.words[i - 1] === 'or') && next === 'NOUN' && w === v.lemmas[i] && /[^s]s$/.test(v.words[i + 1]!) && !isCapitalised(v, i) && pastVerbBefore(v, i - 1)) { v.pos[i] = 'ADJ'; continue; }
    // "fired tear gas", "used stun guns": a bare verb right after a past verb and before a noun is that noun's modifier
    // (not after the verbs that take a bare infinitive: "helped build schools", "made them pay").
    if (p === 'VERB' && prev === 'VERB' && next === 'NOUN' && w === v.lemmas[i] && !isCapitalised(v, i) && pastVerbBefore(v, i) && !BARE_INFINITIVE_TAKERS.has(v.lemmas[i - 1]!)) { v.pos[i] = 'ADJ'; continue; }
    // "if Somalia attacks Kenya", "unless Iran stops": a subordinator opens a clause of its own, with its own verb to find.
    if ((p === 'SCONJ' || p === 'ADP') && CLAUSE_OPENERS.has(w)) { sawVerb = false; continue; }
    if (!sawVerb && (p === 'ADJ' || p === 'NOUN') && (prev === 'PROPN' || prev === 'NOUN' || prev === 'PRON') && i > v.from) {
      const past = w.endsWith('ed') && w.length > 4 && OBJECT_START.has(next);
      const opened = i - 2 >= v.from && CLAUSE_OPENERS.has(v.words[i - 2]!);
      const presentS = p === 'NOUN' && prev === 'PROPN' && w.endsWith('s') && !w.endsWith('ss') && (next === 'DET' || next === 'PRON' || (opened && next === 'PROPN'));
      const phrasal = p === 'NOUN' && PARTICLE_AFTER.has(v.words[i + 1] ?? '') && OBJECT_START.has(v.pos[i + 2] ?? '');
      if (past || presentS || phrasal) v.pos[i] = 'VERB';
    }
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') sawVerb = true;
  }
}

/** Prefixes that make verbs ("re-open", "co-host"): the hyphen joins them to a verb, not to a compound modifier. */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'de', 'un', 'counter', 'out', 'over', 'under', 'mis', 'cross']);

/**
 * "Vietnamese-led forces", "war-torn Mozambique", "a UN-brokered deal", "peace-keeping force": a word glued
 * to another by a hyphen is part of a compound modifier, never a verb of its own (unless the first part is a
 * verb prefix: "re-open").
 */
function repairCompounds(v: SentenceView): void {
  for (let j = v.from + 1; j + 1 < v.to; j++) {
    if (v.words[j] !== '-' || v.tokens[j - 1]!.end !== v.tokens[j]!.start || v.tokens[j]!.end !== v.tokens[j + 1]!.start) continue;
    if (VERB_PREFIXES.has(v.words[j - 1]!)) continue;
    if (v.pos[j + 1] === 'VERB') v.pos[j + 1] = 'ADJ';
    if (v.pos[j - 1] === 'VERB') {
      v.pos[j - 1] = 'NOUN';
      if (j - 2 >= v.from && v.words[j - 2] === 'to' && v.pos[j - 2] === 'PART') v.pos[j - 2] = 'ADP';
    }
  }
}

/** Verbs whose complement can be a bare infinitive right after them ("helped build", "let go"). */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'make', 'let', 'have', 'see', 'hear', 'watch', 'bid', 'dare', 'go', 'come']);

/** The nearest verb before token `i` in the sentence is a past form ("fired", "shot"). */
function pastVerbBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= v.from; k--) {
    if (v.pos[k] !== 'VERB') continue;
    const w = v.words[k]!;
    return w !== v.lemmas[k] && (w.endsWith('ed') || IRREGULAR_PAST[w] !== undefined);
  }
  return false;
}

/** A verb in -ing before token `i` in the sentence. */
function earlierGerund(v: SentenceView, i: number): boolean {
  for (let k = v.from; k < i - 1; k++) if (v.pos[k] === 'VERB' && v.words[k]!.endsWith('ing')) return true;
  return false;
}

/** A word of two or three letters, all capitals ("IS", "US"). */
function isAllCapitals(v: SentenceView, i: number): boolean {
  const { start, end } = v.tokens[i]!;
  // short ones only: abbreviations ("IS", "US", "UN"), not a shouted verb ("We CONDEMN")
  if (end - start < 2 || end - start > 3) return false;
  for (let k = start; k < end; k++) {
    const c = v.text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The first token of the sentence that is not punctuation (an opening quote mark). */
function firstWord(v: SentenceView): number {
  let i = v.from;
  while (i < v.to && v.pos[i] === 'PUNCT') i++;
  return i;
}

function hasVerbAfter(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.to; i++) if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') return true;
  return false;
}

function isCapitalised(v: SentenceView, i: number): boolean {
  const c = v.text.charCodeAt(v.tokens[i]!.start);
  return c >= 65 && c <= 90;
}

export const isNominal = (pos: string) => pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM';
export const isChunkPart = (pos: string) => isNominal(pos) || pos === 'DET' || pos === 'ADJ' || pos === 'X' || pos === 'SYM';
