import type { Clause, ReadoutDocument, TimeExpr } from '../../document/schema.js';
import { endOf, staleLimit } from './screen-context.js';

/**
 * Events told as history (ARCHITECTURE.md, "Which events are reported"): a story's history paragraph narrates
 * acts long before publication without a day of their own; dated to publication they would be new acts.
 * - a sentence that opens by pointing back in a narrative ("Several months later,", "Then", "There,", "After the
 *   regime fell,") when the nearest earlier sentence with a date (at most three back) is long before publication;
 * - a sentence that opens in the past without a date ("In the past,", "In past tensions,", "Historically,");
 * - a verb clause spread over years ("in the last few years imposed controls", "in recent years");
 * - a relative clause between commas in the simple past ("Barnier, who led the Brexit talks, says"; "the deal, which
 *   Washington pulled out of, ...");
 * - an act told in a relative clause and dated long before publication ("the group that spearheaded the offensive
 *   in December 2024", told in March 2025): it describes its noun by what it once did (`isOldDescription`).
 * - a simple-past sentence without times that continues such a sentence (told right after it, sharing a participant:
 *   "There, Kim asked Trump for sanctions relief. Trump denied the request."; events-stage.ts, `continuedSentence`).
 * (An old time in the event's own sentence is `isStale`'s.)
 */

/** Openers that continue a narrative from an earlier sentence. */
const SEQUENCE_OPENER = /^[\s"“‘']*(?:(?:and|but|so)\s+)?(?:then|later|afterwards?|subsequently|there(?=\s*,)|by then|at the time|soon after(?:wards)?|shortly after(?:wards)?|(?:a|an|one|two|three|four|five|six|several|a few|some|many|few)\s+(?:days?|weeks?|months?|years?|decades?)\s+later|(?:the\s+)?(?:next|following)\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)|that\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)|after(?:\s+that|\s+the\s+\w+|\s+(?:he|she|they|it)\b))\b/i;
/** A span of years around an act: "in the last few years", "over the past decade", "in recent years". */
const SPAN_OF_YEARS = /\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:(?:last|past)\s+(?:(?:few|several|many|couple\s+of|two|three|four|five|ten|\d+)\s+)?(?:years|decades)|(?:last|past)\s+decade|recent\s+(?:years|decades))\b/i;
/** A comma and who/which right before the verb group: a relative clause that describes, not one that picks out. */
const DESCRIBING_RELATIVE = /,\s*(?:who|which)\s+(?:[a-z]+ly\s+)?$/i;
/** A comma and which/whom right before the clause's own subject: "the deal, which Washington pulled out of, ...". */
const DESCRIBING_OBJECT_RELATIVE = /,\s*(?:which|whom)\s+$/i;
/** Openers that set a sentence in an undated past: "In the past,", "In past bilateral tensions,", "Historically,". */
const PAST_OPENER = /^[\s"“‘']*(?:(?:and|but)\s+)?(?:(?:in|during)\s+(?:the\s+)?past\s*,|(?:in|during)\s+past\s+(?!(?:days?|weeks?|months?|hours?|few|\d)\b)[a-z]+|(?:in|during)\s+(?:earlier|previous|former)\s+(?!(?:days?|weeks?|months?|hours?)\b)[a-z]+|historically\s*,|previously\s*,|in\s+years\s+past\b)/i;

export interface HistoryContext {
  doc: Pick<ReadoutDocument, 'text' | 'article'> & Partial<Pick<ReadoutDocument, 'sentences'>>;
  clauses: Map<string, Clause>;
  sentenceTimes: Map<string, TimeExpr[]>;
}

/** True when the clause's event is told as history: see the module comment. Only for events without a day of their own. */
export function isToldAsHistory(k: Clause, s: HistoryContext): boolean {
  const limit = staleLimit(s.doc.article.published);
  if (!limit) return false;
  const times = s.sentenceTimes.get(k.sentence) ?? [];
  // "The Taliban, who seized power, ...", "Barnier, who led the Brexit talks, ...": a relative clause between commas in the
  // simple past describes its noun by what it once did
  // (whatever link the clauses stage gave it: the words before the verb decide; an event noun shares its verb's)
  const r = k.kind === 'noun' && k.parent ? s.clauses.get(k.parent) : k;
  // (the simple past only: "who has sided with" tells a stance that still holds)
  if (r?.kind === 'verb' && (k.kind === 'verb' || k.head.start > r.group.end) && r.form === 'finite' && r.tense === 'past' && !r.modal
    && !/\b(?:has|have|had)\b/i.test(s.doc.text.slice(r.group.start, r.group.end))
    && (DESCRIBING_RELATIVE.test(s.doc.text.slice(Math.max(0, r.group.start - 20), r.group.start)) || describedByObjectRelative(r, s.doc.text))) return true;
  const sentences = s.doc.sentences;
  if (!sentences) return false;
  const at = sentences.findIndex((x) => x.id === k.sentence);
  if (at < 0) return false;
  // "Hanoi Summit held in February. There, Kim asked Trump for relief.": the opening says so for the whole sentence
  if (sentenceToldAsHistory(at, s, limit)) return true;
  // "Ankara in the last few years imposed controls", "have grown in recent years": acts spread over years, a standing policy
  // (an event noun shares its verb's span: "imposed controls on U.S. operations")
  const v = k.kind === 'noun' && k.parent ? s.clauses.get(k.parent) : k;
  if (v?.kind === 'verb' && SPAN_OF_YEARS.test(s.doc.text.slice(Math.min(v.start, v.group.start), v.end)) && !times.some((t) => t.kind === 'date' && t.start >= v.start && t.end <= v.end)) return true;
  return false;
}

/** ", which the first administration pulled out of,": the clause's own subject stands right after a comma and which/whom. */
function describedByObjectRelative(r: Clause, text: string): boolean {
  const own = r.args.find((a) => a.role === 'subject' && a.inherited === null && a.end <= r.group.start);
  return !!own && DESCRIBING_OBJECT_RELATIVE.test(text.slice(Math.max(0, own.start - 12), own.start));
}

/**
 * The sentence at index `at` is told as history by its opening: an undated past ("In the past,"), or a pointer back
 * ("Then", "There,") to the nearest earlier dated sentence (at most three back) whose dates are all before `limit`.
 */
export function sentenceToldAsHistory(at: number, s: HistoryContext, limit = staleLimit(s.doc.article.published)): boolean {
  const sentences = s.doc.sentences;
  if (!limit || !sentences || !sentences[at]) return false;
  const sentence = sentences[at]!;
  const times = s.sentenceTimes.get(sentence.id) ?? [];
  const opening = s.doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  if (PAST_OPENER.test(opening) && !times.some((t) => t.kind === 'date')) return true;
  if (!SEQUENCE_OPENER.test(opening) || times.some((t) => t.kind === 'date')) return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const dates = (s.sentenceTimes.get(sentences[i]!.id) ?? []).filter((t) => t.kind === 'date');
    if (dates.length) return dates.every((t) => isOld(t, limit));
  }
  return false;
}

/** who/which/that right before a verb group (no subject between): "the group that spearheaded", "Kim, who visited". */
const SUBJECT_RELATIVE = /\b(?:who|which|that)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * The act is told in a relative clause (the clause itself, or the verb an event noun hangs on) and dated on a `day`
 * more than STALE_DAYS before publication: a description of its noun, not an act the story tells.
 */
export function isOldDescription(k: Clause, day: string | null, s: HistoryContext): boolean {
  const limit = staleLimit(s.doc.article.published);
  if (!limit || !day || day >= limit) return false;
  const v = k.kind === 'noun' && k.parent ? s.clauses.get(k.parent) : k;
  if (v?.kind !== 'verb' || v.form !== 'finite') return false;
  return v.link === 'relative' || SUBJECT_RELATIVE.test(s.doc.text.slice(Math.max(0, v.group.start - 30), v.group.start));
}

function isOld(t: TimeExpr, limit: string): boolean {
  if (t.kind !== 'date') return false;
  const end = endOf(t);
  return end !== null && end < limit;
}
