import type { Sentence } from '../../document/schema.js';
import { findChannels } from './channels.js';
import { cuesIn, isParticiple } from './cue-verbs.js';
import type { QuoteCues } from './cues.js';
import { headNoun, isPronoun, sentenceSubject, subjectBefore, type TokenRange } from './noun-phrase.js';
import type { QuoteDraft } from './quote-types.js';
import type { TokenView } from './token-view.js';

const hasFiniteVerb = (v: TokenView, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    if ((v.pos(i) === 'VERB' || v.pos(i) === 'AUX') && v.lower(i - 1) !== 'to' && !/ing$/.test(v.lower(i))) return true;
  }
  return false;
};

const draft = (v: TokenView, content: TokenRange, speaker: TokenRange | null, cue: TokenRange | null, paragraph: number, rule: string): QuoteDraft => {
  const s = v.span(content[0], content[1]);
  const sp = speaker ? v.span(speaker[0], speaker[1]) : null;
  return {
    start: s.start, end: s.end, kind: 'indirect', open: null, close: null, paragraph, continuation: false,
    speaker: sp, speakerText: sp?.text ?? null, subject: null, channel: null, channelText: null,
    cue: cue ? v.span(cue[0], cue[1]) : null, rules: [rule],
  };
};

/** Trims a token range of punctuation at both ends. */
function trim(v: TokenView, r: TokenRange): TokenRange {
  let [a, b] = r;
  while (a < b && v.pos(a) === 'PUNCT') a++;
  while (b > a && v.pos(b - 1) === 'PUNCT') b--;
  return [a, b];
}

/**
 * Reported speech in one sentence, outside quote marks:
 *   X said / told Y / warned (that) CLAUSE            content after the verb
 *   CLAUSE, X said (on Monday).                        content before the comma
 *   CLAUSE, according to X.  /  According to X, CLAUSE
 * `taken` says whether a token lies inside a quote or is the cue of one.
 */
export function reportedSpeech(v: TokenView, s: Sentence, paragraph: number, cues: QuoteCues, taken: (i: number) => boolean): QuoteDraft[] {
  const [first, last] = s.tokens;
  const out: QuoteDraft[] = [];
  const all = cuesIn(v, first, last, cues);
  for (const c of all) {
    if (!c.reporting || taken(c.verb)) continue;
    const tail = [c.last + 1, last] as TokenRange;
    // CLAUSE, X said (on Saturday).
    const subj = subjectBefore(v, c.verb, first);
    const commaBefore = subj && v.word(subj[0] - 1) === ',' ? subj[0] - 1 : -1;
    if (commaBefore > first && !hasFiniteVerb(v, tail[0], tail[1]) && tail[1] - tail[0] <= 12) {
      const content = trim(v, [first, commaBefore]);
      if (content[1] - content[0] >= 3 && hasFiniteVerb(v, content[0], content[1]) && !anyTaken(taken, content)) {
        out.push(draft(v, content, subj, [c.verb, c.last + 1], paragraph, 'reported-after'));
        continue;
      }
    }
    // X said (that) CLAUSE
    let i = tail[0];
    if (v.lemma(c.verb) !== 'say' && v.lower(i) !== 'that') {
      while (i < last && i - tail[0] < 6 && v.lower(i) !== 'that' && v.word(i) !== ',') i++; // told reporters that
      if (v.lower(i) !== 'that') continue;
    }
    while (i < last && /^(?:that|on|last|this|week|month|year|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(v.lower(i))) i++;
    const content = trim(v, [i, last]);
    let end = content[0];
    while (end < content[1] && !taken(end)) end++;
    const kept = trim(v, [content[0], end]);
    if (kept[1] - kept[0] < 3 || !hasFiniteVerb(v, kept[0], kept[1])) continue;
    let speaker = subj;
    if (isParticiple(v, c)) {
      // "Abdelatty said, adding that ...": the subject of the verb the participle hangs on
      const main = all.filter((o) => o.verb < c.verb && !isParticiple(v, o)).at(-1);
      speaker = main ? subjectBefore(v, main.verb, first) : null;
    }
    speaker ??= sentenceSubject(v, first, c.verb);
    if (speaker && headNoun(v, speaker) === '' && !isPronoun(v, speaker)) speaker = null;
    out.push(draft(v, kept, speaker, [c.verb, c.last + 1], paragraph, 'reported-before'));
  }
  for (const ch of findChannels(v.text, s.start, s.end, cues)) {
    if (ch.slot !== 'source' || !ch.name || ch.document || taken(v.at(ch.start))) continue;
    const at = v.at(ch.start);
    const content: TokenRange = at <= first + 1 ? trim(v, [v.at(ch.end), last]) : trim(v, [first, at]);
    if (content[1] - content[0] < 3 || anyTaken(taken, content) || !hasFiniteVerb(v, content[0], content[1])) continue;
    const d = draft(v, content, null, null, paragraph, 'reported-according-to');
    d.speaker = ch.name;
    d.speakerText = ch.name.text;
    d.channelText = ch.text;
    out.push(d);
  }
  return out;
}

function anyTaken(taken: (i: number) => boolean, r: TokenRange): boolean {
  for (let i = r[0]; i < r[1]; i++) if (taken(i)) return true;
  return false;
}
