import type { Clause, ReadoutEvent, TimeExpr, Token } from '../../document/schema.js';
import type { Candidate } from './build-events.js';
import type { PatternSet } from './patterns/pattern-schema.js';
import { firstIndex } from '../../document/first-index.js';
import { timesOutsideRelatives } from './event-context.js';
import { CONTENT_NOUNS, SAY_VERBS } from '../clauses/clause-words.js';
import { endOf, insideQuote, staleLimit, type ScreenContext } from './screen-context.js';

/**
 * Which candidates are reported (ARCHITECTURE.md, "Which events are reported"): an event is a new act
 * the article tells, not the background it is told against.
 */

/** The words before a gerund end with a noun, not a preposition, conjunction or verb: "tariffs targeting". */
const NOUN_BEFORE = /\b(?!(?:of|for|by|in|on|at|to|from|with|without|after|before|since|while|when|and|or|but|is|are|was|were|be|been|being|keep|kept|keeps|stop|stopped|start|started|began|begin|continue|continued|avoid|avoided|deny|denied|consider|considered|recommend|recommended|suggest|suggested|spent|spend)\b)[a-z]+s?\s+$/i;
/** A for-phrase of years: "for years", "for decades", "for more than a decade". */
const SPAN_OF_YEARS = /\b(?:years|decades|months|a decade|a century|generations)\b/i;
/** Modifiers that say a nominal event is already under way: "the ongoing offensive", "a years-long campaign". */
const ONGOING = /\b(?:ongoing|continuing|long-running|long-standing|longstanding|protracted|(?:years|decades|months)-long)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * An intent wrapper with no event pattern in its complement is coded 030 unless the wrapper is a bare aim
 * ("hopes to avoid arbitration", "seeks to weaponize the council", "plans to build"): an aim says nothing
 * cooperative by itself. Commitments (agreed, promised, pledged to) and stated readiness or interest stay.
 * The aim verbs are lexicon data (`aimVerbs` in data/patterns/lexicon.yaml).
 */
export function isEmptyIntent(c: Candidate, tokens: readonly Token[], set: Pick<PatternSet, 'aimVerbs' | 'wishVerbs'>): boolean {
  // "wants to close the camps": a bare wish of a hostile act is no threat (13x) either
  const hostile = c.rule.startsWith('wrap.intend+') && c.code.startsWith('13');
  if (c.rule !== 'wrap.intend+none' && !hostile) return false;
  // "agree with the plan, and the focus is on Russia": a finite "be" or "have" clause tells no act anyone intends
  if (!hostile && c.clause.kind === 'verb' && c.clause.form === 'finite' && (c.clause.head.lemma === 'be' || c.clause.head.lemma === 'have')) return true;
  const first = c.evidence[0];
  const word = first ? tokens[tokenIndexAt(tokens, first.start)] : undefined;
  return !!word && word.start === first!.start && (hostile ? set.wishVerbs : set.aimVerbs).has(word.lemma.toLowerCase());
}

/** Condition clauses: "if the threats escalate", "unless Iran stops". */
const CONDITION = /\b(if|unless)\b[^,;:"“”]*$/i;
/**
 * Background events: a nominal inside a phrase headed by under/since/amid/despite/after/following/before/over,
 * a verb clause right after one of these words, a past perfect ("had barred"), a state "since" a time.
 * They are reported only when they carry a day of their own.
 */
export function isBackground(c: Candidate, s: ScreenContext): boolean {
  const groupText = (v: Clause) => s.doc.text.slice(v.group.start, v.group.end);
  const k = c.clause;
  // (a wrapped act shares its wrapper noun's: "dismissed concerns about Trump's threat to impose tariffs")
  const noun = k.kind === 'noun' ? k.head : c.rule.startsWith('wrap.') && c.evidence[0] && k.kind === 'verb' && c.evidence[0].start < k.group.start ? wordAt(c.evidence[0].start, s.doc.text) : undefined;
  if (noun) {
    const around = s.sentenceClauses.get(k.sentence) ?? [];
    if (around.some((o) => o !== k && o.args.some((a) => a.role === 'prep' && a.prep && s.words.backgroundPreps.has(a.prep.toLowerCase()) && a.start <= noun.start && a.end >= noun.end))) return true;
  }
  if (s.words.opener.test(before(k.kind === 'noun' ? k.start : k.group.start, s.doc.text))) return true;
  // "before Russia invaded Ukraine": the word stands before the clause's own subject
  const own = k.kind === 'verb' ? k.args.find((a) => a.role === 'subject' && a.inherited === null && a.end <= k.group.start) : undefined;
  if (own && s.words.opener.test(before(own.start, s.doc.text))) return true;
  const flags = k.kind === 'noun' && k.parent ? s.clauses.get(k.parent) ?? k : k;
  // "an official who had negotiated with", "charges which Washington has dismissed": a relative clause, whatever link the
  // clauses stage gave it (the relative word stands before the verb group or before the clause's own subject)
  const relative = flags.kind === 'verb' && (flags.link === 'relative' || isRelativeByWords(flags, s.doc.text) || isThatRelative(flags, s));
  // "said it had halted aid": reported speech moves the tense back; the act is the one reported (not one in a relative clause).
  if (flags.kind === 'verb' && (flags.link !== 'reported' || relative) && /\bhad\b(?!\s+to\b)/i.test(groupText(flags)) && flags.tense === 'past') return true;
  if (flags.kind === 'verb' && /\b(has|have)\s+been\b/i.test(groupText(flags)) && flags.args.some((a) => a.prep === 'since')) return true;
  // "the leaders had been exchanging barbs, with Erdogan suggesting ..., prompting France to recall its ambassador": what
  // hangs on a main clause in the past perfect shares its background
  if (flags.kind === 'verb' && flags.parent && inPastPerfectSentence(flags, s)) return true;
  // "Since last August, the group has claimed several attacks": a present perfect over a span since a time tells what
  // was done in it, again and again, not one act ("since the withdrawal began" names an event: left alone)
  if (flags.kind === 'verb' && /^(?:has|have)\b/i.test(groupText(flags))
    && (s.sentenceTimes.get(flags.sentence) ?? []).some((t) => /\bsince\s+(?:(?:last|early|late|mid|the|this)\s+)*$/i.test(before(t.start, s.doc.text))
      && (t.end <= Math.min(flags.start, flags.group.start) || flags.args.some((a) => a.prep === 'since' && a.start <= t.start && a.end >= t.end)))) return true;
  // "a ceasefire that is supported by Ukrainians", "counterparts who have battled blazes": a relative clause in the present
  // (or present perfect) describes its noun, it does not tell a new act.
  if (flags.kind === 'verb' && relative && flags.form === 'finite'
    && (flags.tense === 'present' || flags.tense === 'future' || !!flags.modal || /^(?:has|have)\b/i.test(groupText(flags)))) return true;
  // "have repeatedly denied", "has long backed", "for years": what is done again and again is a standing position.
  // (", criticizing the groups" shares the habit of the clause it hangs on)
  const held = flags.kind === 'verb' && flags.link === 'adverbial' && flags.form === 'gerund' && flags.parent ? s.clauses.get(flags.parent) : undefined;
  const heldToo = held ? [flags, held] : [flags];
  // ("plans to impose restrictions for two years", "will close the border for months": a span of an act to come is
  // how long it will last, not a habit)
  const ahead = c.modality === 'intended' || c.modality === 'hypothetical' || flags.kind === 'verb' && (flags.tense === 'future' || !!flags.modal);
  // "The Taliban, who seized power in August 2021, have imposed measures, barring women from work": a present perfect in a
  // sentence that names a time long before publication (even in a relative clause) tells a state held since then
  for (const v of heldToo) {
    if (v.kind === 'verb' && v.form === 'finite' && /^(?:has|have)\b(?!\s+to\b)/i.test(groupText(v)) && !insideQuote(v.head.start, s)
      && (s.sentenceTimes.get(v.sentence) ?? []).some((t) => isLongBefore(t, s.doc.article.published))) return true;
  }
  // ("regularly escape to Cameroon when attacked by government forces": a clause hanging on a habit as an adverbial shares it)
  const host = flags.kind === 'verb' && flags.link === 'adverbial' && flags.parent ? s.clauses.get(flags.parent) : undefined;
  if (host?.kind === 'verb' && host !== held && s.words.habitual.test(groupText(host) + ' ' + (/[a-z]+\s*$/i.exec(before(host.group.start, s.doc.text))?.[0] ?? ''))) return true;
  for (const v of heldToo) {
    if (v.kind === 'verb' && (s.words.habitual.test(groupText(v)) || habitAfterObject(v, s) || !ahead && v.args.some((a) => a.prep === 'for' && SPAN_OF_YEARS.test(a.text)))) return true;
  }
  // "Both Pakistan and China reject the claims", "India backs the base": a main clause in the simple present, outside
  // quotes and reported speech, states a standing position, not a new act.
  // ("hit", "cut", "set" read as present may be past: those are left alone)
  if (flags.kind === 'verb' && flags.parent === null && standsInPresent(flags, s)) return true;
  // "Both tankers are sanctioned by the Treasury": a main clause in the present passive outside quotes is a state too
  if (flags.kind === 'verb' && flags.parent === null && flags.voice === 'passive' && flags.tense === 'present' && flags.form === 'finite' && !flags.modal
    && /^(?:is|are|am)\s+(?:[a-z]+ly\s+)?\w+$/i.test(groupText(flags)) && !insideQuote(flags.head.start, s)) return true;
  // "was already providing aid", "are closely cooperating": an act already under way, or kept up, is a state
  if (flags.kind === 'verb' && s.words.underWay.test(groupText(flags))) return true;
  // "Beijing cites old maps and has rejected the ruling", "have rejected the accusations and maintain that": an act
  // coordinated with such a standing present shares its standing (not with "says": "has rejected it and says")
  if (flags.kind === 'verb' && flags.form === 'finite' && flags.tense === 'past' && !flags.modal && !insideQuote(flags.head.start, s)) {
    const partners = flags.link === 'coordinate' && flags.parent
      ? [s.clauses.get(flags.parent)].filter((p) => p?.parent === null)
      : flags.parent === null ? (s.sentenceClauses.get(flags.sentence) ?? []).filter((o) => o.parent === flags.id && o.link === 'coordinate' || misattached(o, flags, s)) : [];
    if (partners.some((p) => !!p && !s.words.newsPresentVerbs.has(p.head.lemma.toLowerCase()) && standsInPresent(p, s))) return true;
  }
  // "has been fighting the army", "have been holding talks": an act under way for some time, a state, not a new act
  // (", accusing the government of ..." hanging on it as a gerund shares it)
  for (const v of heldToo) {
    if (v.kind === 'verb' && /\b(has|have|had)\s+(?:\w+\s+)?been\s+\w+ing$/i.test(groupText(v))) return true;
  }
  // "the ongoing war", "its years-long campaign": a noun said to be under way already.
  if (k.kind === 'noun' && ONGOING.test(s.doc.text.slice(Math.max(k.start, k.head.start - 40), k.head.start))) return true;
  return false;
}

/**
 * "have rejected accusations that the trial is unfair and maintain that ...": a plain-form present ("maintain") read as
 * coordinated with a singular complement of `main` ("is") cannot share its subject: it goes with the main clause.
 */
function misattached(o: Clause, main: Clause, s: ScreenContext): boolean {
  if (o.kind !== 'verb' || o.link !== 'coordinate' || o.tense !== 'present' || !o.parent || o.head.text.toLowerCase() !== o.head.lemma.toLowerCase()) return false;
  const p = s.clauses.get(o.parent);
  return !!p && p.parent === main.id && p.link === 'complement' && p.kind === 'verb' && /^(?:is|was|has)$/i.test(p.head.text);
}

/**
 * "has violated the agreement repeatedly": a habitual adverb in -ly right after the clause's object says the same as
 * one in its verb group ("long" and the like are left alone there: "held talks long into the night").
 */
function habitAfterObject(v: Clause, s: ScreenContext): boolean {
  const object = v.args.find((a) => a.role === 'object' && a.start >= v.group.end);
  if (!object) return false;
  const m = /^\s+([a-z]+ly)\b/i.exec(s.doc.text.slice(object.end, object.end + 30));
  return !!m && s.words.habitual.test(m[1]!);
}

/** A date that ends more than STALE_DAYS before publication. */
function isLongBefore(t: TimeExpr, published: string | null | undefined): boolean {
  const limit = staleLimit(published);
  if (!limit || t.kind !== 'date') return false;
  const end = endOf(t);
  return end !== null && end < limit;
}

/** The main clause the clause hangs on (through any links, at most five steps up) is in the past perfect, outside reported speech. */
function inPastPerfectSentence(k: Clause, s: ScreenContext): boolean {
  let v: Clause | undefined = k;
  for (let n = 0; v?.parent && n < 5; n++) v = s.clauses.get(v.parent);
  return !!v && v !== k && v.parent === null && v.kind === 'verb' && v.tense === 'past' && /\bhad\b(?!\s+to\b)/i.test(s.doc.text.slice(v.group.start, v.group.end)) && !insideQuote(v.head.start, s);
}

/** A finite verb in the simple present outside quotes ("reject", not "is rejecting", "hit" or "may reject"): a standing position. */
function standsInPresent(v: Clause, s: ScreenContext): boolean {
  return v.kind === 'verb' && v.tense === 'present' && v.form === 'finite' && !v.modal && !s.words.sameInPast.has(v.head.text.toLowerCase())
    && !/\b(?:is|are|am|'s|'re)\b/i.test(s.doc.text.slice(v.group.start, v.group.end)) && !insideQuote(v.head.start, s)
    && !SPLIT_FUTURE.test(before(v.group.start, s.doc.text));
}

/** Who/which right before a verb group, or whom/which right before its own subject: "who had negotiated", "which Washington has dismissed". */
const RELATIVE_WORD = /\b(?:who|which)\s+(?:(?:will|would|shall|may|might|could|can)\b\s*)?(?:,[^,.;]{1,30},\s*|[a-z]+ly\b\s*)*$/i;
const OBJECT_RELATIVE_WORD = /\b(?:whom|which)\s+$/i;

function isRelativeByWords(k: Clause, text: string): boolean {
  if (RELATIVE_WORD.test(before(k.group.start, text))) return true;
  const own = k.args.find((a) => a.role === 'subject' && a.inherited === null && a.end <= k.group.start);
  return !!own && OBJECT_RELATIVE_WORD.test(before(own.start, text));
}

const THAT_BEFORE = /\bthat\s+$/i;

/**
 * "the island that Beijing considers its own", "the charges that Washington has dismissed": "that" before the clause's own
 * subject, right after a noun phrase of another clause of the sentence (not after a verb: "said that Beijing ..."), opens a
 * relative clause on that noun.
 */
function isThatRelative(k: Clause, s: ScreenContext): boolean {
  const own = k.args.find((a) => a.role === 'subject' && a.inherited === null && a.end <= k.group.start);
  if (!own) return false;
  const text = s.doc.text;
  const lead = before(own.start, text);
  const m = THAT_BEFORE.exec(lead);
  if (!m) return false;
  let end = own.start - lead.length + m.index;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  // (not after the one told or a content noun: "told a cabinet meeting that he had met", "announcing plans that Modi will visit")
  return (s.sentenceClauses.get(k.sentence) ?? []).some((o) => o !== k && o.kind === 'verb' && !SAY_VERBS.has(o.head.lemma)
    && o.args.some((a) => a.role !== 'subject' && a.end === end && !CONTENT_NOUNS.has(a.head)));
}

/**
 * Proposals and prospects, not acts: an event noun with a prospective modifier in its phrase ("a U.S.-proposed ceasefire",
 * "a possible attack"), and a gerund or infinitive after a proposal noun's for ("a plan for rearming Europe and supporting
 * Ukraine", "a proposal for the Council to lift sanctions"; a gerund hanging on it or a verb coordinated with it shares it).
 */
export function isProposed(c: Candidate, s: ScreenContext): boolean {
  const k = c.clause;
  const text = s.doc.text;
  if (k.kind === 'noun') return k.head.start > k.start && s.words.prospective.test(text.slice(Math.max(k.start, k.head.start - 40), k.head.start));
  for (let v: Clause | undefined = k, n = 0; v && v.kind === 'verb' && n < 3; n++) {
    if ((v.form === 'gerund' || v.form === 'infinitive') && s.words.proposalFor.test(text.slice(Math.max(0, v.group.start - 100), v.group.start))) return true;
    if (!(v.link === 'coordinate' || (v.link === 'adverbial' && v.form === 'gerund')) || !v.parent) break;
    v = s.clauses.get(v.parent);
  }
  return false;
}

/** "legislation targeting Turkey", "forces backed by foreign troops": a participle or gerund that modifies a noun describes, it does not tell an act. */
export function isModifier(c: Candidate, text?: string): boolean {
  const k = c.clause;
  if (k.kind === 'verb' && (k.form === 'gerund' || k.form === 'participle') && k.link === 'relative') return true;
  if (!text || k.kind !== 'verb') return false;
  // "He said Trump's tariffs targeting Canada ...": an -ing form glued to the noun before it (no comma, no preposition)
  // describes that noun; the subject it inherited from the clause before is not who acts
  // ("dispersed demonstrators protesting the results": a protest the people before it are making is told, `gluedProtesters`)
  const protesters = c.code.startsWith('14') && c.source.text.length > 0 && text.slice(0, k.group.start).trimEnd().endsWith(c.source.text.trim());
  if (k.form === 'gerund' && k.link === 'adverbial' && !protesters && !k.args.some((a) => a.role === 'subject' && a.inherited === null)
    && /[A-Za-z]s?\s+$/.test(text.slice(Math.max(0, k.group.start - 3), k.group.start)) && NOUN_BEFORE.test(text.slice(Math.max(0, k.group.start - 40), k.group.start))) return true;
  // "Somali soldiers, supported by clan militias, are conducting ...": a past participle with a by-phrase between commas
  // right after its noun describes the noun (read as a finite verb when the tagger misses it)
  if (!/ed$/i.test(k.head.text)) return false;
  const subject = k.args.find((a) => a.role === 'subject' && a.inherited === null && a.end <= k.group.start);
  return !!subject && /^\s*,\s*$/.test(text.slice(subject.end, k.group.start)) && /^\s+by\b/i.test(text.slice(k.head.end, k.head.end + 5));
}

/**
 * "is inclined to support", "deemed to violate", "tend to close", "need to take": an infinitive right after its
 * verb group that no wrapper (intent, appeal, refusal...) codes and that is not scheduled or intended tells no
 * act: what the verb says of it (a leaning, a judgment, a need) is not the act.
 * Purposes after an object ("opened the bridge to allow deliveries") and carried-on acts ("continued to send arms") stay.
 */
export function isUntoldInfinitive(c: Candidate, modality: Candidate['modality'], s: ScreenContext): boolean {
  const { clauses, doc: { text } } = s;
  // an event noun inside such an infinitive ("needs to impose sanctions") goes with it
  let k = c.clause.kind === 'noun' && c.clause.parent ? clauses.get(c.clause.parent) ?? c.clause : c.clause;
  // "need to take time and suspend immigration": a verb coordinated with such an infinitive shares it
  const first = k.kind === 'verb' && k.link === 'coordinate' && k.parent ? clauses.get(k.parent) : undefined;
  if (first?.kind === 'verb' && first.form === 'infinitive') k = first;
  if (k.kind !== 'verb' || k.form !== 'infinitive' || k.link !== 'complement' || c.rule.startsWith('wrap.') || modality === 'intended' || !k.parent) return false;
  const parent = clauses.get(k.parent);
  if (!parent || parent.kind !== 'verb' || s.words.carryingVerbs.has(parent.head.lemma) || k.group.start < parent.group.end) return false;
  return /^\s*$/.test(text.slice(parent.group.end, k.group.start));
}

/**
 * "must stop killing civilians", "quit intimidating Taiwan": the act named by a gerund right after a verb of
 * ceasing (`ceasingVerbs` in data/patterns/lexicon.yaml) is what ends, not what happens.
 */
export function isCeased(c: Candidate, tokens: readonly Token[], set: Pick<PatternSet, 'ceasingVerbs'>): boolean {
  const k = c.clause;
  if (k.kind !== 'verb' || k.form !== 'gerund') return false;
  const previous = tokens[tokenIndexAt(tokens, k.head.start) - 1];
  return !!previous && set.ceasingVerbs.has(previous.lemma.toLowerCase());
}

/** The index of the first token that starts at or after `offset` (tokens are in text order). */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i]!.start >= offset);
}

/** Leaving an organisation ("withdrew from ECOWAS") reduces relations (160); military retreat (0874) is from a place or a front. */
export function recodedForTarget(c: Candidate): string {
  return c.code === '0874' && c.target?.actor?.startsWith('IGO') ? '160' : c.code;
}

/**
 * "is due to travel", "were supposed to sign": intended; "will “shortly be declaring" (a quote mark inside the verb group):
 * intended; "may have to consider ... or ask": hypothetical; "if China's threats escalate": hypothetical.
 */
export function screenedModality(c: Candidate, s: ScreenContext): Candidate['modality'] {
  const k = c.clause;
  const at = k.kind === 'noun' ? k.start : k.group.start;
  if (c.modality === 'asserted' && s.words.scheduled.test(before(k.kind === 'noun' ? k.start : k.head.start, s.doc.text))) return 'intended';
  if (c.modality !== 'hypothetical' && mayHaveTo(k, s)) return 'hypothetical';
  if (c.modality === 'asserted' && k.kind === 'verb' && k.tense !== 'future' && SPLIT_FUTURE.test(before(k.group.start, s.doc.text))) return 'intended';
  // (a threat made on a condition is still made: "threatening retaliation if hit by sanctions")
  if (c.modality !== 'hypothetical' && !c.code.startsWith('13') && CONDITION.test(sentenceBefore(k, at, s))) return 'hypothetical';
  return c.modality;
}

/** "will “shortly be declaring", "will, essentially, permanently shut": the future auxiliary left outside a verb group cut by a quote mark or commas. */
const SPLIT_FUTURE = /\b(?:will|shall)\s*(?:[“"‘']\s*|,[^,.;]{1,30},\s*|[a-z]+ly\b\s*)+$/i;
/** "may have to consider", "might need to": a possible obligation, right before an infinitive group. */
const MAY_HAVE_TO = /\b(?:may|might|could)\s+(?:not\s+)?(?:have|need)\s+$/i;

/** The clause, or one it is coordinated with, completes or hangs on as a gerund, is an infinitive after "may have". */
function mayHaveTo(k: Clause, s: ScreenContext): boolean {
  for (let v: Clause | undefined = k.kind === 'noun' && k.parent ? s.clauses.get(k.parent) : k, n = 0; v && n < 4; n++) {
    if (v.kind === 'verb' && v.form === 'infinitive' && MAY_HAVE_TO.test(before(v.group.start, s.doc.text))) return true;
    if (!(v.link === 'coordinate' || v.link === 'complement' || (v.link === 'adverbial' && v.form === 'gerund')) || !v.parent) break;
    v = s.clauses.get(v.parent);
  }
  return false;
}

/**
 * "were supposed to sign a minerals deal, although that was called off": an intended act with a verb that calls an act
 * off after it in its sentence (lexicon `calledOffVerbs`) did not happen and will not.
 */
export function isCalledOff(c: Candidate, modality: Candidate['modality'], s: ScreenContext): boolean {
  if (modality !== 'intended') return false;
  const at = c.clause.end;
  return (s.sentenceClauses.get(c.clause.sentence) ?? []).some((o) => o.kind === 'verb' && o.head.start >= at
    && (s.words.calledOffVerbs.has(o.head.lemma.toLowerCase()) || (!!o.particle && s.words.calledOffVerbs.has(`${o.head.lemma.toLowerCase()} ${o.particle.toLowerCase()}`))));
}

/** The event's date is the publication date while its sentence speaks of a time well before it ("In 2017, China gave..."). */
export function isStale(e: ReadoutEvent, s: ScreenContext): boolean {
  const limit = staleLimit(s.doc.article.published);
  if (!limit || e.dateSource !== 'published') return false;
  const times = timesOutsideRelatives(s.sentenceTimes.get(e.sentence) ?? [], s.sentenceClauses.get(e.sentence) ?? [], e.evidence[0]!.end - 1);
  return times.some((t) => t.kind === 'date' && endOf(t) !== null && endOf(t)! < limit);
}

/** The word starting at `offset`. */
function wordAt(offset: number, text: string): { start: number; end: number } {
  const m = /^[\w'’-]+/.exec(text.slice(offset, offset + 40));
  return { start: offset, end: offset + (m ? m[0].length : 0) };
}

function before(offset: number, text: string): string {
  return text.slice(Math.max(0, offset - 40), offset);
}

function sentenceBefore(k: Clause, at: number, s: ScreenContext): string {
  const first = (s.sentenceClauses.get(k.sentence) ?? [])[0];
  const start = Math.min(first?.start ?? at, at);
  return s.doc.text.slice(Math.max(start, at - 120), at);
}
