import type { Sentence, Token } from '../../document/schema.js';

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'would', 'going', 'gonna']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have']);
const FUTURE_LEMMAS = new Set(['plan', 'schedule', 'expect', 'intend', 'prepare', 'due', 'set']);

/**
 * The tense of the clause around a time expression, from the nearest verb in its sentence (before it
 * on a tie) and that verb's auxiliaries: "will visit on Thursday" is future, "held ... on Monday" and
 * "has met ... on Monday" are past, "plans to visit on Friday" is future, "says" is unknown.
 */
export function tenseAround(tokens: readonly Token[], sentence: Sentence, start: number, end: number, text: string): Tense {
  const [first, last] = sentence.tokens;
  let best = -1;
  let bestDistance = Infinity;
  let before = -1;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (t.start >= start && t.end <= end) continue;
    if (t.end <= start) before = i;
    const distance = t.end <= start ? start - t.end : t.start - end;
    if (distance < bestDistance || (distance === bestDistance && t.end <= start)) {
      best = i;
      bestDistance = distance;
    }
  }
  // "wants to meet him before the election in November, quoting sources": a verb after a comma that closes the
  // time's clause belongs to another clause; the verb before the time is its own.
  // (so does one after "that": "said during a visit in early September that he would urge")
  if (best >= 0 && before >= 0 && best !== before && /[,;]|\bthat\b/i.test(text.slice(end, tokens[best]!.start))) best = before;
  if (best < 0) return 'unknown';
  // Walk to the head of the verb group (the last verb), then read the auxiliaries before it.
  let head = best;
  while (head + 1 < last && (tokens[head + 1]!.pos === 'VERB' || tokens[head + 1]!.pos === 'AUX' || tokens[head + 1]!.pos === 'PART' && word(tokens[head + 1]!, text) === 'to')) head++;
  let from = head;
  while (from - 1 >= first && ['AUX', 'PART', 'ADV', 'VERB'].includes(tokens[from - 1]!.pos)) from--;
  let sawPast = false;
  for (let i = from; i <= head; i++) {
    const w = word(tokens[i]!, text);
    if (FUTURE_AUX.has(w)) return 'future';
    // "plans to visit" looks ahead; "was supposed to", "used its veto to shut down" do not
    if (w === 'to' && i < head) return sawPast || purposeOfPast(tokens, first, i, text) ? 'past' : 'future';
    if (tokens[i]!.pos === 'VERB' && i < head && isPastForm(tokens[i]!, w)) sawPast = true;
    if (FUTURE_LEMMAS.has(tokens[i]!.lemma) && i < head) return 'future';
    if (PAST_AUX.has(w)) sawPast = true;
  }
  if (sawPast) return 'past';
  const h = tokens[head]!;
  const w = word(h, text);
  if (h.pos === 'VERB' && isPastForm(h, w)) return 'past';
  if (['said', 'was', 'were', 'had', 'did'].includes(w)) return 'past';
  return 'unknown';
}

/** Verbs whose object is asked or told to do what follows ("urged Iran to release"): that act lies ahead. */
const DIRECTIVE_LEMMAS = new Set(['urge', 'ask', 'call', 'tell', 'invite', 'order', 'encourage', 'allow', 'persuade', 'press', 'pressure', 'want', 'expect', 'request', 'instruct', 'force', 'push', 'permit', 'authorize', 'appeal', 'advise']);

/**
 * "used its veto to shut down the panel in April", "sent troops to retake the town": an infinitive after a past
 * verb and its object is the purpose of that past act, done at its time (not after directive verbs: "urged Iran to").
 */
function purposeOfPast(tokens: readonly Token[], first: number, to: number, text: string): boolean {
  let k = to - 1;
  while (k >= first && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(tokens[k]!.pos)) k--;
  if (k === to - 1 || k < first) return false;
  const v = tokens[k]!;
  return v.pos === 'VERB' && !DIRECTIVE_LEMMAS.has(v.lemma.toLowerCase()) && !FUTURE_LEMMAS.has(v.lemma.toLowerCase()) && isPastForm(v, word(v, text));
}

function isPastForm(t: Token, w: string): boolean {
  return w !== t.lemma.toLowerCase() && !/(?:s|ing)$/.test(w);
}

function word(t: Token, text: string): string {
  return text.slice(t.start, t.end).toLowerCase();
}
