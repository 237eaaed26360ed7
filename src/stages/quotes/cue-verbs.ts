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

/** Cue verbs among tokens [from, to). */
export function cuesIn(v: TokenView, from: number, to: number, cues: QuoteCues): CueVerb[] {
  const out: CueVerb[] = [];
  for (let i = from; i < to; i++) {
    const c = cueAt(v, i, cues);
    if (c && c.last < to) out.push(c);
  }
  return out;
}

/** "stressing", "adding": a participle, whose subject is that of the main clause. */
export function isParticiple(v: TokenView, c: CueVerb): boolean {
  return /ing$/.test(v.lower(c.verb));
}
