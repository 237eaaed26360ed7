import type { TokenAt } from '../../document/first-index.js';
import type { Clause, ReadoutDocument } from '../../document/schema.js';
import { headVariants, type ClauseIndex } from './patterns/match-clause.js';
import type { Pattern, PatternSet } from './patterns/pattern-schema.js';

/**
 * Clauses that match a pattern but tell no event of their own: the content of an answer ("rejected
 * X's demand"), an act someone prevents, and what a condition or an indirect question supposes.
 */

/** Codes of an answer to a proposal: reject (12x), accede or yield (08x), accept (03x). */
const ANSWERS = /^(12|08|03)/;
/** Codes of what is answered: appeals (02x), intents and offers (03x), demands (10x), threats (13x). */
const ANSWERED = /^(02|03|10|13)/;

/**
 * "rejected North Korea's demand", "accepted the demands of the protesters", "dismissed an appeal from":
 * the noun is what the answer is about, told as background, not an event of its own.
 */
export function contentOfAnswer(c: Clause, best: Map<string, Pattern>, idx: ClauseIndex): boolean {
  if (c.kind !== 'noun' || !c.parent) return false;
  const mine = best.get(c.id);
  const parent = idx.byId.get(c.parent);
  if (!mine || !parent) return false;
  // "ended mediation efforts between", "suspended talks with": what is halted is not told as happening.
  const parentCode = best.get(parent.id)?.code ?? '';
  if (HALTS.test(parentCode) && !SAID.test(mine.code) && parent.args.some((a) => a.role === 'object' && a.start <= c.head.start && a.end >= c.head.end)) return true;
  // "rejected the ceasefire", "is opposed to French mediation": what is rejected did not happen, whatever it is.
  return (ANSWERED.test(mine.code) || (REJECTS.test(parentCode) && !SAID.test(mine.code))) && answers(parent, c.head.start, c.head.end, best);
}

/**
 * "renewed negotiations on an Israeli troop pullback", "talks about a ceasefire": an act named in the on/about/over
 * phrase of a consultation (04x), verb or noun, is what is talked about, not an act told.
 */
export function topicOfTalks(c: Clause, best: Map<string, Pattern>, idx: ClauseIndex): boolean {
  if (c.kind !== 'noun' || !c.parent || !best.has(c.id)) return false;
  const parent = idx.byId.get(c.parent);
  if (!parent) return false;
  for (const k of [parent, ...(idx.children.get(parent.id) ?? [])]) {
    if (k === c || !CONSULTS.test(best.get(k.id)?.code ?? '')) continue;
    if (k.args.some((a) => a.role === 'prep' && TOPIC_PREPS.has(a.prep ?? '') && a.start <= c.head.start && a.end >= c.head.end)) return true;
  }
  return false;
}

const CONSULTS = /^04/;
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Codes of halting or cutting (reduce or break relations 160-162, halt negotiations 164, halt mediation 165). */
const HALTS = /^(160|161|162|164|165)/;

/** Codes of a rejection or refusal (12x): an act named in its object is only what was refused ("rejected the ceasefire"). */
const REJECTS = /^12/;
/** ... but a statement, accusation or rejection named there was made ("rejected Pakistan's allegation"). */
const SAID = /^(01|11|12)/;

/** The clause answers (rejects, accepts, yields to) what stands in its object or to-phrase at [start, end). */
export function answers(clause: Clause, start: number, end: number, best: Map<string, Pattern>): boolean {
  const answer = best.get(clause.id);
  return !!answer && ANSWERS.test(answer.code) && clause.args.some((a) => (a.role === 'object' || a.prep === 'to') && a.start <= start && a.end >= end);
}

/** An act someone prevents is no event: neither the preventer's nor (since it is not asserted) its own subject's. */
export function prevented(c: Clause, idx: ClauseIndex, set: PatternSet): boolean {
  if (c.link !== 'complement' || !c.parent) return false;
  const parent = idx.byId.get(c.parent);
  return !!parent && set.preventingVerbs.has(parent.head.lemma);
}

const CONDITIONS = new Set(['if', 'unless', 'whether']);
const WHEN = new Set(['when', 'whenever', 'once']);
/** Question words that open an indirect question before its subject ("how we can support", "why Iran left"). */
const INDIRECT = new Set(['how', 'why']);

/**
 * "if Somalia attacks", "unless Iran stops the raids", "when the troops cross the border": what a condition
 * supposes has not happened (nor what an indirect question asks: "asked whether Iran had agreed"). CAMEO codes at most the main clause (a threat or an intent); the condition itself is
 * hypothetical and not reported. A past "when" tells a fact ("when the troops crossed"). Nouns inside a condition
 * ("if the raids continue") share it.
 */
export function conditional(c: Clause, idx: ClauseIndex, doc: Pick<ReadoutDocument, 'text' | 'tokens'>, tokenAt: TokenAt): boolean {
  if (c.kind === 'noun') {
    const parent = c.parent ? idx.byId.get(c.parent) : undefined;
    // "if Iran's threats escalate": the subject after "if" is inside the condition too (a subject before "if" is not: then the verb is not conditional)
    return !!parent && parent.kind === 'verb' && parent.args.some((a) => a.start <= c.head.start && a.end >= c.head.end && (a.role !== 'subject' || a.inherited === null)) && conditional(parent, idx, doc, tokenAt);
  }
  // "if Iran continues to attack", "discussing how we can continue to support": an infinitive completing a condition or
  // an indirect question shares it
  if (c.link === 'complement' && c.form === 'infinitive' && c.parent) {
    const parent = idx.byId.get(c.parent);
    if (parent?.kind === 'verb' && conditional(parent, idx, doc, tokenAt)) return true;
  }
  const subject = c.args.find((a) => a.role === 'subject' && a.inherited === null);
  let t = tokenAt(subject && subject.start < c.group.start ? subject.start : c.group.start);
  if (t === undefined || t === 0) return false;
  const word = doc.text.slice(doc.tokens[t - 1]!.start, doc.tokens[t - 1]!.end).toLowerCase();
  // "to discuss how we can support Ukraine", "asked why Iran had left": an indirect question asks, it does not tell
  if (INDIRECT.has(word) && subject && subject.start < c.group.start) return true;
  // "asked him if (whether) he agreed": a complement opened by if is a question, told as unsettled too.
  if (c.link === 'complement' || c.link === 'reported') return word === 'if' || word === 'whether';
  return CONDITIONS.has(word) || (WHEN.has(word) && c.tense !== 'past');
}

/** "in order to reach agreement", "so as to avoid a war": an aim, not an act; nouns in its object share it. */
const PURPOSE = /\b(?:in\s+order|so\s+as)(?:\s+not)?(?:\s+to)?\s+$/i;

export function purposeOnly(c: Clause, idx: ClauseIndex, text: string): boolean {
  if (c.kind === 'noun') {
    const parent = c.parent ? idx.byId.get(c.parent) : undefined;
    return !!parent && parent.kind === 'verb' && parent.args.some((a) => a.role === 'object' && a.start <= c.head.start && a.end >= c.head.end) && purposeOnly(parent, idx, text);
  }
  return c.form === 'infinitive' && PURPOSE.test(text.slice(Math.max(0, c.group.start - 30), c.group.start));
}

/**
 * "attacked the newspaper for refusing to support his plans", "praised Syria for protecting the mission", "sanctioned Iran
 * for supporting the militia": the act after "for" that a verb with an object gives as its reason is background, not an
 * event of its own; nor is what that act wraps.
 */
export function reasonOfJudgment(c: Clause, idx: ClauseIndex, text: string, best: Map<string, Pattern>, set: PatternSet): boolean {
  for (let k: Clause | undefined = c, n = 0; k && n < 3; n++) {
    if (k.kind !== 'verb' || !k.parent || k.link !== 'complement') return false;
    const parent = idx.byId.get(k.parent);
    if (!parent) return false;
    const before = text.slice(Math.max(0, k.group.start - 12), k.group.start);
    // (a passive verb has its object as subject: "was arrested in Lebanon for collaborating with Israel")
    if (k.form === 'gerund' && (parent.args.some((a) => a.role === 'object') || parent.voice === 'passive')) {
      if (/\bfor\s+(?:not\s+)?$/i.test(before)) return true;
      // "accused Syria of attacking the embassy": what is alleged is the accusation's content, not an act told as done
      if (/\bof\s+(?:not\s+)?$/i.test(before) && ALLEGES.test(best.get(parent.id)?.code ?? '')) return true;
    }
    // "two nationals suspected of blowing up a plane", "was accused of shelling", "charging its neighbour with supporting
    // dissidents", "was blamed for attacking": the gerund of a verb of alleging (lexicon `allegingVerbs`), with or
    // without an object, is what is alleged
    if (k.form === 'gerund' && /\b(?:of|with|for)\s+(?:not\s+)?$/i.test(before) && headVariants(parent).some((l) => set.allegingVerbs.has(l))) return true;
    k = parent;
  }
  return false;
}

/** Accusations (112) and the like: their of-gerund is an allegation. */
const ALLEGES = /^11/;

/**
 * "The ministry's announcement last week of its intention to close two camps has increased uncertainty": an infinitive with
 * no clause above it, right after a wrapper noun (intention, plan, demand...), completes that noun; it names what is
 * intended or demanded, no act done. ("Kenya to close camps", a headline's infinitive after a name, is left alone.)
 */
export function nounComplementOnly(c: Clause, set: Pick<PatternSet, 'wrapperByNoun'>, doc: Pick<ReadoutDocument, 'tokens'>, tokenAt: TokenAt): boolean {
  if (c.kind !== 'verb' || c.form !== 'infinitive' || c.parent) return false;
  const at = tokenAt(c.group.start);
  const noun = at !== undefined && at > 0 ? doc.tokens[at - 1] : undefined;
  return !!noun && noun.pos === 'NOUN' && set.wrapperByNoun.has(noun.lemma.toLowerCase());
}

/**
 * "defended the right of Russian troops to fire on militants", "gave the army the authority to detain": an
 * infinitive right after an object naming an entitlement or a capability (lexicon `entitlementNouns`), with its
 * of-phrase, says what someone may or can do, no act told.
 */
export function entitlementOnly(c: Clause, idx: ClauseIndex, set: Pick<PatternSet, 'entitlementNouns'>, text: string): boolean {
  if (c.kind !== 'verb' || c.form !== 'infinitive' || c.link !== 'complement' || !c.parent) return false;
  const parent = idx.byId.get(c.parent);
  const object = parent?.args.find((a) => a.role === 'object' && a.end <= c.group.start && set.entitlementNouns.has(a.head.toLowerCase()));
  if (!parent || !object) return false;
  let end = object.end;
  for (const a of parent.args) if (a.role === 'prep' && a.prep === 'of' && a.start >= end && /^\s*of\s*$/i.test(text.slice(end, a.start))) end = a.end;
  // (the group may start at "to" or after it)
  return /^\s*(?:to\s*)?$/i.test(text.slice(end, c.group.start));
}
