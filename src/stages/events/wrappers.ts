import type { TokenAt } from '../../document/first-index.js';
import { PRESENT_BE_HAVE, TIME_WORDS } from '../clauses/clause-words.js';
import type { Clause, ReadoutDocument } from '../../document/schema.js';
import { headVariants, type ClauseIndex } from './patterns/match-clause.js';
import { objectWrapper } from './patterns/object-wrapper.js';
import type { PatternSet, Wrapper } from './patterns/pattern-schema.js';
import { tokenWords, type TokenWords } from './token-words.js';

/** A wrapper found around a clause: the wrapping clause (verb, or the verb governing a wrapper noun) and the wrapper. */
export interface WrapperHit {
  wrapper: Wrapper;
  /** the clause whose subject is the source of the wrapped event. */
  outer: Clause;
  /** "readiness to ...": the wrapper is a noun; the source is the complement's own subject (the possessor). */
  byNoun: boolean;
  /** the span of the wrapper word, for evidence. */
  start: number;
  end: number;
}

const SKIP_BEFORE = new Set(['to', 'in', 'on', 'of', 'for', 'fully', 'immediately', 'also', 'not', 'never']);
const HEDGES = new Set(['may', 'might', 'could']);
/** "can" ("ca" of "can't"): what an actor is able to do. */
const ABILITY = new Set(['can', 'ca']);
export const isAbility = (modal: string | null | undefined): boolean => !!modal && ABILITY.has(modal);
const REPORTING_ONLY = new Set(['tell', 'advise', 'inform']);

/** Finds the wrapper of a complement or reported clause: a noun right before it, else its parent verb, else a must/should modal. */
export function findWrapper(c: Clause, idx: ClauseIndex, set: PatternSet, doc: Pick<ReadoutDocument, 'text' | 'tokens'>, tokenAt: TokenAt): WrapperHit | null {
  // "promised to continue military aid", "failed to reach agreement": a nominal event carried by a wrapped light verb.
  if (c.kind === 'noun' && c.parent) {
    const own = objectWrapper(c, idx, set);
    if (own) return { wrapper: own.wrapper, outer: own.carrier, byNoun: false, start: own.carrier.head.start, end: own.carrier.head.end };
    const carrier = idx.byId.get(c.parent);
    if (!carrier || carrier.kind !== 'verb' || !headVariants(carrier).some((l) => set.lightVerbs.has(l))) return null;
    // only the light verb's object ("continue military aid"), not a noun in its other phrases ("ahead of a summit").
    if (!carrier.args.some((a) => a.role === 'object' && a.start <= c.head.start && a.end >= c.head.end)) return null;
    return findWrapper(carrier, idx, set, doc, tokenAt);
  }
  if (c.kind !== 'verb' || !c.parent) return null;
  const parent = idx.byId.get(c.parent);
  if (!parent) return null;
  // "urge Afghanistan to hold them accountable and cooperate with Pakistan": a verb coordinated with a wrapped complement is wrapped too.
  if (c.link === 'coordinate' && (parent.link === 'complement' || parent.link === 'reported')) return findWrapper(parent, idx, set, doc, tokenAt);
  if (c.link === 'complement' || c.link === 'adverbial') {
    // "its demand that Russia withdraw": the wrapper noun stands before "that" and the clause's own subject.
    const sub = c.args.find((a) => a.role === 'subject' && a.inherited === null && a.start < c.group.start);
    const before = sub ? tokenAt(sub.start) : undefined;
    const words = tokenWords(doc);
    const thatClause = before !== undefined && before > 0 && words.word(before - 1) === 'that';
    let t = thatClause ? before - 1 : tokenAt(c.group.start);
    if (t !== undefined) {
      t--;
      // (a time word too: "its demand today that Israel ease")
      while (t >= 0 && (SKIP_BEFORE.has(words.word(t)) || (thatClause && TIME_WORDS.has(words.word(t))))) t--;
      const tok = t >= 0 ? doc.tokens[t] : undefined;
      if (tok && (tok.pos === 'NOUN' || tok.pos === 'ADJ') && !purposeIdiom(t, words)) {
        const w = set.wrapperByNoun.get(words.lemma(t)) ?? set.wrapperByNoun.get(words.word(t));
        if (w) return { wrapper: w, outer: parent, byNoun: true, start: tok.start, end: tok.end };
      }
    }
  }
  // "officials told AFP (that) the army lifted ...": "tell" with a finite clause reports; only "told X to ..." demands.
  // "what it called resistance workers held in prisons": an act told in the past is no act urged, demanded or promised,
  // nor is a state told in the indicative ("rejected claims that the vote is unfair"; "demanded that the vote be fair" is)
  const told = c.form === 'finite' && (c.tense === 'past' || PRESENT_BE_HAVE.has(c.head.text.toLowerCase()));
  // "is pushing to broker a deal": with nobody named before the infinitive (its subject is the verb's own), the push is an effort
  if (c.link === 'complement' && c.form === 'infinitive' && parent.kind === 'verb' && c.args.some((x) => x.role === 'subject' && x.inherited === parent.id)) {
    const w = headVariants(parent).map((k) => set.wrapperBySoloVerb.get(k)).find(Boolean);
    if (w) return { wrapper: w, outer: parent, byNoun: false, start: parent.head.start, end: parent.head.end };
  }
  if ((c.link === 'complement' && !told) || (c.link === 'reported' && !REPORTING_ONLY.has(parent.head.lemma))) {
    const w = headVariants(parent).map((k) => set.wrapperByVerb.get(k)).find(Boolean);
    if (w && parent.kind === 'verb') return { wrapper: w, outer: parent, byNoun: false, start: parent.head.start, end: parent.head.end };
  }
  if (c.link === 'reported' && c.modal) {
    const w = set.modalWrappers.get(c.modal);
    // "the insurgents should know that ...", "must understand": what someone should know is a warning, not an act demanded
    if (w && !(w.notVerbs && headVariants(c).some((l) => w.notVerbs!.includes(l)))) return { wrapper: w, outer: parent, byNoun: false, start: parent.head.start, end: parent.head.end };
  }
  return null;
}

/** "in order to", "in a bid to", "in an effort to": the noun names a purpose, not a demand or an intention of its own. */
function purposeIdiom(t: number, words: TokenWords): boolean {
  let k = t - 1;
  while (k >= 0 && ARTICLES.has(words.word(k))) k--;
  return k >= 0 && words.word(k) === 'in';
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** The wrapper's code for a complement code: the most specific key that matches (4, 3, 2 digits), else default. */
export function wrappedCode(w: Wrapper, inner: string | null): string | null {
  const root = inner ? Number(inner.slice(0, 2)) : 0;
  const table = root >= 14 ? w.conflict ?? (w.id === 'wrap.intend' ? null : w.codes) : w.codes;
  if (!table) return null;
  if (inner) for (let k = inner.length; k >= 2; k--) { const hit = table[inner.slice(0, k)]; if (hit) return hit; }
  return table.default ?? null;
}

/** What a future statement codes: "will host" an intent (03x), "will not accept" a refusal (12x), "will withdraw unless ..." a threat (13x). */
export interface FutureReading { code: string; negated: boolean; wrapper: Wrapper }

/**
 * The reading of an event said in the future ("will", "'ll", and "would" in reported speech), as CAMEO codes it:
 * the intent wrapper's code; a negated intent is a refusal, and so is a cooperative act one says one cannot do
 * ("cannot accept the proposal"); a statement with a condition ("unless") is a threat.
 * `after` is the text of the sentence after the verb group. Null when the clause is not a future statement
 * or no wrapper code applies (then the plain code stays).
 */
export function futureReading(set: PatternSet, c: Pick<Clause, 'tense' | 'modal' | 'link' | 'negated'>, code: string, after: string): FutureReading | null {
  const pick = (id: string) => set.wrappers.find((w) => w.id === id);
  // "may halt its mediation if ...": a possible act made to depend on the other side is a threat too.
  if (c.modal && HEDGES.has(c.modal) && !c.negated && /\b(unless|if)\b/i.test(after)) {
    const w = pick('wrap.threaten');
    const made = w ? wrappedCode(w, code) : null;
    return w && made ? { code: made, negated: false, wrapper: w } : null;
  }
  // "cannot accept", "can't support": refusing a cooperative act is a refusal, as "will not accept" is.
  if (isAbility(c.modal) && c.negated && Number(code.slice(0, 2)) < 14) {
    const w = pick('wrap.refuse');
    const made = w ? wrappedCode(w, code) : null;
    return w && made ? { code: made, negated: false, wrapper: w } : null;
  }
  if (c.tense !== 'future' || (c.modal === 'would' && c.link !== 'reported')) return null;
  const conditional = /\bunless\b/i.test(after);
  const conflict = Number(code.slice(0, 2)) >= 14;
  const w = conditional ? pick('wrap.threaten') : c.negated && !conflict ? pick('wrap.refuse') : pick('wrap.intend');
  if (!w) return null;
  const made = wrappedCode(w, code);
  // A negated threat or intent to fight ("will not attack") is no event CAMEO codes: it stays negated.
  return made ? { code: made, negated: c.negated && w.id === 'wrap.intend', wrapper: w } : null;
}
