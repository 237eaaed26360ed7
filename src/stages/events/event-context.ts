import type { Clause, ReadoutDocument, TimeExpr } from '../../document/schema.js';
import type { ActorResolver } from './resolve-actors.js';
import { firstIndex } from '../../document/first-index.js';

export interface EventDate { date: string | null; time: string | null; dateSource: 'time' | 'published' | 'none' }

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Links through which an event takes the time of the clause it hangs on: "agreed on Monday to share", "held a call on Monday". */
const DATE_LINKS = new Set(['complement', 'nominal', 'coordinate']);

const MONTH = /^\d{4}-\d{2}$/;
/** A subordinator of the same moment and the few words of its clause's subject: "as the military", "while he". */
const SAME_MOMENT = /\b(?:as|while|when)\s+(?:[\w'’.-]+\s+){0,5}$/i;
/** A time written as an owner: "Tuesday's attack", "last week’s talks". */
const POSSESSIVE_AFTER = /^['’]s\b/;
/** The day a time expression dates an event by: its day, the end of its range, or the first day of a month ("in late January"; `time` keeps the resolution). */
const dayOf = (t: TimeExpr): string | null => (t.value && DAY.test(t.value) ? t.value : t.range && DAY.test(t.range.to) ? t.range.to : t.kind === 'date' && t.value && MONTH.test(t.value) ? `${t.value}-01` : null);
const ownTimes = (c: Clause, times: TimeExpr[]) => times.filter((t) => t.start >= c.start && t.end <= c.end + 40 && dayOf(t));

/**
 * The clause whose time dates an event: the clause itself when it holds a day, else, up through
 * complements, nominals and coordination, the nearest clause that does ("the two sides agreed on
 * Monday to resume talks": the talks are dated by "on Monday"); a noun's own verb otherwise.
 * Relatives and adverbials keep their own (they tell another event). A `stated` act (an intent, appeal or
 * refusal a wrapper codes) also climbs through reported speech to the saying's time.
 */
export function datedClause(c: Clause, clauses: Map<string, Clause>, sentenceTimes: Map<string, TimeExpr[]>, stated = false, text?: string): Clause {
  const times = sentenceTimes.get(c.sentence) ?? [];
  const first = c.kind === 'noun' && c.parent ? clauses.get(c.parent) ?? c : c;
  if (times.length === 0) return first;
  for (let k: Clause | undefined = c, hops = 0; k && hops < 6; hops++) {
    if (ownTimes(k, times).length > 0) return k;
    // "In March, the leaders agreed to address ...": a chain of complements up to the main clause takes the sentence's time.
    if (!k.parent) return k === c ? first : k;
    // ", killing at least one": a participle hanging on a clause tells the same moment (not other adverbials: "after talks ...")
    // (a stated intent or appeal is made when it is said: "CNN reported on Monday that he does not want to meet ...")
    // ("shared their ordeal on Wednesday as the military completed the operation": as/while/when tells the same moment)
    if (!k.link || !(DATE_LINKS.has(k.link) || (k.link === 'adverbial' && (k.form === 'gerund' || (k.kind === 'verb' && k.form === 'finite' && !!text && SAME_MOMENT.test(text.slice(Math.max(0, k.group.start - 60), k.group.start)))))
      || (stated && k.link === 'reported'))) break;
    k = clauses.get(k.parent);
  }
  return first;
}

/**
 * A time written before the noun it names, after "the": "the February 8 vote", "the 2019 election" name a known event
 * (not "said in a November report": a new one, the medium of the act).
 */
const ARTICLE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:and|or|but|to|at|in|on|of|for|from|with|by|as|that|when|while|after|before|since|until)\b)[a-z][a-z-]*\b/;
/** A limit an act is set against, not its day: "before the presidential election in November", "until the vote on Friday". */
const LIMIT_BEFORE = /\b(?:before|until|till|ahead\s+of)\s+(?:the|a|an|this|next|its|his|her|their)\s+[^,;:.()“”"]{1,40}?\s(?:in|on|of)\s+$/i;

/**
 * The times of a sentence that can date an act told outside the noun they qualify: not a time that names a noun
 * ("in the February 8 vote", "Tuesday's attack") nor a limit ("before the election in November"), unless the act
 * is that noun itself (the event noun `noun` right after the time: "the February 8 vote" dates the vote).
 */
export function timesOfActs(times: readonly TimeExpr[], text: string, noun: { start: number } | null): readonly TimeExpr[] {
  const kept = times.filter((t) => {
    const after = text.slice(t.end, t.end + 30);
    const qualifies = POSSESSIVE_AFTER.test(after) || (ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) && NOUN_AFTER.test(after));
    if (qualifies) return !!noun && noun.start >= t.end && noun.start - t.end <= 40;
    return !LIMIT_BEFORE.test(text.slice(Math.max(0, t.start - 70), t.start));
  });
  return kept.length === times.length ? times : kept;
}

/**
 * The times of a sentence outside its finite relative clauses (with the phrases they govern) that do not hold
 * offset `at`: "The Taliban, who seized power in August 2021, have imposed ..." is not dated, nor made
 * old news, by August 2021; an act told in the relative clause keeps it.
 */
export function timesOutsideRelatives(times: readonly TimeExpr[], sentence: readonly Clause[], at: number): readonly TimeExpr[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const r of sentence) {
    if (r.kind !== 'verb' || r.link !== 'relative' || r.form !== 'finite') continue;
    let end = r.end;
    for (const k of sentence) if (k.end > end && under(k, r.id, sentence)) end = k.end;
    if (at < r.group.start || at >= end) spans.push({ start: r.group.start, end });
  }
  return spans.length === 0 ? times : times.filter((t) => !spans.some((r) => r.start <= t.start && r.end >= t.end));
}

/** Clause `k` hangs on clause `id`, directly or through a few others. */
function under(k: Clause, id: string, sentence: readonly Clause[]): boolean {
  let p = k.parent;
  for (let n = 0; p && n < 6; n++) {
    if (p === id) return true;
    p = sentence.find((x) => x.id === p)?.parent ?? null;
  }
  return false;
}

/** The clause's own time expression, else one in its sentence when the clause is the sentence's main clause, else the publication date. */
export function dateOf(c: Clause, main: boolean, doc: Pick<ReadoutDocument, 'text' | 'times' | 'sentences' | 'article'>, sentenceTimes: Map<string, TimeExpr[]>): EventDate {
  // "rejected the allegation that Tuesday's hostage-taking ...": a possessive time dates the noun it owns, nothing else
  const times = (sentenceTimes.get(c.sentence) ?? []).filter((t) => !POSSESSIVE_AFTER.test(doc.text.slice(t.end, t.end + 3))
    || (c.kind === 'noun' && c.head.start >= t.end && c.head.start - t.end <= 40));
  const day = dayOf;
  const inside = ownTimes(c, times);
  const pick = inside.sort((a, b) => Math.abs(a.start - c.head.start) - Math.abs(b.start - c.head.start))[0]
    ?? (main ? times.filter((t) => day(t)).sort((a, b) => Math.abs(a.start - c.head.start) - Math.abs(b.start - c.head.start))[0] : undefined);
  if (pick) return { date: day(pick), time: pick.id, dateSource: 'time' };
  if (doc.article.published) return { date: doc.article.published, time: null, dateSource: 'published' };
  return { date: null, time: null, dateSource: 'none' };
}

/**
 * An event noun with no day of its own ("during his recent visit to Damascus") refers back to an
 * event told elsewhere: it takes the day of the nearest other sentence (earlier first) that names
 * both its source and its target and holds exactly one day.
 */
export function sharedDate(sentence: string, source: string | null, target: string | null, doc: Pick<ReadoutDocument, 'entities' | 'sentences'>, sentenceTimes: Map<string, TimeExpr[]>, sentencesOf: (entity: string) => Set<string>): EventDate | null {
  if (!source || !target || source === target) return null;
  const withSource = sentencesOf(source);
  if (withSource.size === 0) return null;
  const both = [...sentencesOf(target)].filter((id) => id !== sentence && withSource.has(id));
  if (both.length === 0) return null;
  const order = (id: string) => doc.sentences.findIndex((s) => s.id === id);
  const here = order(sentence);
  const dated = both.map((id) => ({ id, at: order(id), days: (sentenceTimes.get(id) ?? []).filter((t) => dayOf(t)) })).filter((x) => x.days.length === 1);
  const distance = (i: number) => (i < here ? here - i : 1000 + i - here);
  const best = dated.sort((a, b) => distance(a.at) - distance(b.at))[0];
  return best ? { date: dayOf(best.days[0]!), time: best.days[0]!.id, dateSource: 'time' } : null;
}

/** "the initial attack", "the Bouake attack": a definite article and at most three modifiers right before the head noun. */
const DEFINITE_BEFORE = /\bthe\s+(?:[\w'’.-]+\s+){0,3}$/i;
/** How many sentences back a definite event noun looks for the mention it refers to. */
const REFERRED_REACH = 12;

/**
 * A definite event noun with no day of its own ("21 passengers died in the initial attack") refers back to the same
 * noun told earlier: it takes the day of the nearest earlier sentence naming that noun with a day ("came under a
 * bomb and gun attack on Tuesday"). Earlier mentions without a day refer back too and are passed over; one
 * with several days is ambiguous and ends the search, and so does a day after publication or long before it
 * (another event of the same name).
 */
export function referredDate(c: Clause, doc: Pick<ReadoutDocument, 'text' | 'sentences' | 'tokens' | 'article'>, sentenceTimes: Map<string, TimeExpr[]>, staleLimit: string | null): EventDate | null {
  const published = doc.article.published;
  if (c.kind !== 'noun' || !published || !DEFINITE_BEFORE.test(doc.text.slice(Math.max(0, c.head.start - 50), c.head.start))) return null;
  const lemma = c.head.lemma.toLowerCase();
  const here = doc.sentences.findIndex((x) => x.id === c.sentence);
  for (let at = here - 1; at >= 0 && at >= here - REFERRED_REACH; at--) {
    const s = doc.sentences[at]!;
    if (!doc.tokens.slice(s.tokens[0], s.tokens[1]).some((t) => t.lemma.toLowerCase() === lemma)) continue;
    const days = (sentenceTimes.get(s.id) ?? []).filter((t) => t.kind === 'date' && dayOf(t));
    if (days.length === 0) continue;
    const day = days.length === 1 ? dayOf(days[0]!) : null;
    if (!day || day > published || (staleLimit && day < staleLimit)) return null;
    return { date: day, time: days[0]!.id, dateSource: 'time' };
  }
  return null;
}

/**
 * A past act told right after the sentence that dates what it answers or continues: "Thailand turned 40 of them
 * over to China on Feb. 27. The United States condemned Thailand ..."; "The vaccines arrived on March 29. Duterte
 * welcomed the vaccines." The main clause of a sentence without times, in the simple past, asserted, outside
 * quotes, takes the one day of the sentence just before when the two share a participant: an actor of the event
 * named there, or a definite argument ("the vaccines", "for the attack") whose head word is there.
 */
export function narrativeDate(c: Clause, actors: ReadonlyArray<string | null>, doc: Pick<ReadoutDocument, 'text' | 'sentences' | 'tokens' | 'article' | 'quotes'>, sentenceTimes: Map<string, TimeExpr[]>, sentencesOf: (entity: string) => Set<string>): EventDate | null {
  const published = doc.article.published;
  const at = published ? continuedSentence(c, actors, doc, sentenceTimes, sentencesOf) : -1;
  if (at < 0) return null;
  const days = (sentenceTimes.get(doc.sentences[at]!.id) ?? []).filter((t) => t.kind === 'date' && t.value && DAY.test(t.value));
  if (days.length !== 1 || days[0]!.value! >= published!) return null;
  return { date: days[0]!.value!, time: days[0]!.id, dateSource: 'time' };
}

/**
 * The index of the sentence just before, when the clause continues it: the clause is the main clause of a sentence
 * without times, in the simple past, and shares a participant with it (an actor of the event named there, or a
 * definite argument whose head word is there); else -1.
 */
export function continuedSentence(c: Clause, actors: ReadonlyArray<string | null>, doc: Pick<ReadoutDocument, 'text' | 'sentences' | 'tokens' | 'quotes'>, sentenceTimes: Map<string, TimeExpr[]>, sentencesOf: (entity: string) => Set<string>): number {
  const v = c.kind === 'noun' && c.parent ? null : c;
  if (!v || v.kind !== 'verb' || v.parent !== null || v.form !== 'finite' || v.tense !== 'past' || v.modal || v.voice === 'passive') return -1;
  if (/\b(?:has|have|had)\b/i.test(doc.text.slice(v.group.start, v.group.end)) || (sentenceTimes.get(v.sentence)?.length ?? 0) > 0) return -1;
  // (sentences that are mostly a direct quote do not move the story's time: the one before them is continued)
  let at = doc.sentences.findIndex((x) => x.id === v.sentence) - 1;
  for (let n = 0; at >= 0 && n < 3 && mostlyQuoted(doc.sentences[at]!, doc.quotes); n++) at--;
  const previous = at >= 0 ? doc.sentences[at] : undefined;
  if (!previous) return -1;
  const named = actors.some((a) => !!a && sentencesOf(a).has(previous.id));
  const words = new Set(doc.tokens.slice(previous.tokens[0], previous.tokens[1]).map((t) => t.lemma.toLowerCase()));
  const definite = v.args.some((a) => (a.role === 'object' || a.role === 'prep') && /^the\s/i.test(a.text) && words.has(a.head.toLowerCase()));
  return named || definite ? at : -1;
}

/** Most of the sentence lies inside direct or partial quotes: "\"The problem was widespread.\"", "\"We won,\" she said." */
function mostlyQuoted(sentence: { start: number; end: number }, quotes: ReadonlyArray<{ start: number; end: number; kind: string }>): boolean {
  let inside = 0;
  for (const q of quotes) if (q.kind !== 'indirect') inside += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
  return inside * 5 >= (sentence.end - sentence.start) * 3;
}

/** Entity id -> the ids of the sentences its mentions fall in (binary search over sentence starts), computed once per entity. */
export function sentencesOfEntities(doc: Pick<ReadoutDocument, 'entities' | 'sentences'>): (entity: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const sentenceAt = (offset: number) => {
    const s = doc.sentences[Math.max(0, firstIndex(doc.sentences.length, (i) => doc.sentences[i]!.start > offset) - 1)];
    return s && s.start <= offset && s.end >= offset ? s.id : null;
  };
  return (entity) => {
    let set = cache.get(entity);
    if (!set) {
      set = new Set((byId.get(entity)?.mentions ?? []).map((m) => sentenceAt(m.start)).filter((x): x is string => x !== null));
      cache.set(entity, set);
    }
    return set;
  };
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around']);

/** A place entity in a locative argument of the clause, else the target when it is a place, else the dateline place for material events. */
export function locationOf(c: Clause, quadClass: number, resolver: ActorResolver, targetEntity: string | null, doc: Pick<ReadoutDocument, 'entities' | 'article'>): string | null {
  for (const a of c.args) {
    if (a.role !== 'prep' || !a.prep || !LOCATIVE.has(a.prep)) continue;
    const place = resolver.entitiesIn(a.start, a.end).find((m) => m.entity.geo);
    if (place) return place.entity.id;
  }
  const target = targetEntity ? doc.entities.find((e) => e.id === targetEntity) : undefined;
  if (target?.geo && target.type !== 'PERSON') return target.id;
  if ((quadClass === 2 || quadClass === 4) && doc.article.dateline?.place) return doc.article.dateline.place;
  return null;
}

/** The quote (by id) whose span holds the clause's head. */
export function quoteOf(c: Clause, doc: Pick<ReadoutDocument, 'quotes'>): string | null {
  return doc.quotes.find((q) => q.start <= c.head.start && q.end >= c.head.end)?.id ?? null;
}
