import type { QuoteCues } from './cues.js';
import type { TokenView } from './token-view.js';

/** A speech verb at token `verb`; `last` is its particle for phrasal verbs ("pointed out"). */
export interface CueVerb { verb: number; last: number; reporting: boolean }

export function cueAt(v: TokenView, i: number, cues: QuoteCues): CueVerb | null {
  const pos = v.pos(i);
  // "the readout detailed": wink reads some past forms after a noun as adjectives
  if (pos === 'ADJ' && /ed$/.test(v.lower(i)) && cues.documents.has(v.lower(i - 1))) {
    const stem = v.lower(i).replace(/e?d$/, '');
    const lemma = cues.reporting.has(stem) ? stem : cues.reporting.has(`${stem}e`) ? `${stem}e` : null;
    return lemma ? { verb: i, last: i, reporting: true } : null;
  }
  if (pos !== 'VERB' && pos !== 'AUX' && pos !== 'NOUN') return null;
  const lemma = v.lemma(i);
  const particles = cues.phrasal.get(lemma);
  if (particles?.has(v.lower(i + 1))) return { verb: i, last: i + 1, reporting: true };
  if (pos === 'NOUN') return null; // wink tags some verbs ("post") as nouns; only phrasal ones are trusted then
  if (cues.reporting.has(lemma)) return { verb: i, last: i, reporting: true };
  if (cues.quoting.has(lemma)) return { verb: i, last: i, reporting: false };
  return null;
}

/**
 * `cueAt` of each token of a view, asked once: attribution and reported speech scan the same tokens
 * several times (the sentence, the text before and after each quote).
 */
const answers = new WeakMap<TokenView, { cues: QuoteCues; at: Array<CueVerb | null | undefined> }>();

/** Cue verbs among tokens [from, to). */
export function cuesIn(v: TokenView, from: number, to: number, cues: QuoteCues): CueVerb[] {
  let known = answers.get(v);
  if (known?.cues !== cues) answers.set(v, (known = { cues, at: new Array(v.tokens.length) }));
  const out: CueVerb[] = [];
  for (let i = from; i < to; i++) {
    let c = known.at[i];
    if (c === undefined) known.at[i] = c = cueAt(v, i, cues);
    if (c && c.last < to) out.push(c);
  }
  return out;
}

/** "stressing", "adding": a participle, whose subject is that of the main clause. */
export function isParticiple(v: TokenView, c: CueVerb): boolean {
  return /ing$/.test(v.lower(c.verb));
}
