import type { Sentence } from '../../document/schema.js';
import { findChannels, type ChannelMatch } from './channels.js';
import { cuesIn, isParticiple, type CueVerb } from './cue-verbs.js';
import type { QuoteCues } from './cues.js';
import { headNoun, isPronoun, phraseAfter, sentenceSubject, subjectBefore, type TokenRange } from './noun-phrase.js';
import type { CharSpan, QuoteDraft } from './quote-types.js';
import type { TokenView } from './token-view.js';

/** What attribution remembers across the article. */
export interface AttributionState {
  /** who released the last document named ("released by the Iraqi foreign ministry", "X said in a statement") */
  releasers: Array<{ at: number; who: CharSpan }>;
  previous: QuoteDraft | null;
}

export interface AttributionInput {
  v: TokenView;
  cues: QuoteCues;
  sentences: readonly Sentence[];
  sentenceAt(offset: number): number;
  /** other quotes' mark spans, so that fragments stop at them */
  bounds: ReadonlyArray<{ from: number; to: number }>;
  insideQuote(offset: number): boolean;
  /** where the body starts after a dateline */
  bodyStart: number;
}

const NEAR_CUE = new Set(['PUNCT', 'PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM', 'PART', 'X', 'ADV']);
const span = (v: TokenView, r: TokenRange): CharSpan => v.span(r[0], r[1]);

/**
 * Finds the speaker of one marked quote: a cue verb after it (", the statement said"), before it
 * ("Borrell said ... was "), then the channel, a document standing for its releaser (the person the
 * document quotes becomes the subject), pronouns, and finally the previous quote's speaker carried on.
 */
export function attribute(q: QuoteDraft, input: AttributionInput, state: AttributionState): void {
  const { v, cues, sentences } = input;
  const openAt = q.open ?? q.start;
  const closeAt = q.close !== null ? q.close + 1 : q.end;
  const first = sentences[input.sentenceAt(openAt)]!;
  const last = sentences[input.sentenceAt(Math.max(openAt, closeAt - 1))]!;
  const beforeFrom = Math.max(first.start, ...input.bounds.filter((b) => b.to <= openAt).map((b) => b.to));
  const afterTo = Math.min(last.end, ...input.bounds.filter((b) => b.from >= closeAt).map((b) => b.from));
  const before: [number, number] = [v.at(beforeFrom), v.at(openAt)];
  const after: [number, number] = [v.at(closeAt), v.at(afterTo)];

  // a cue after the quote must follow it at once: ', the statement said' or ', said X' (not a later clause)
  const afterCue = cuesIn(v, after[0], after[1], cues).find((c) => {
    // only the subject may stand between: punctuation, noun-phrase words, "of", an adverb
    for (let k = after[0]; k < c.verb; k++) {
      if (/^[.;:!?]$/.test(v.word(k))) return false;
      if (!NEAR_CUE.has(v.pos(k)) && v.lower(k) !== 'of' && v.lower(k) !== 'for') return false;
    }
    return true;
  });
  const beforeCue = cuesIn(v, before[0], before[1], cues).at(-1);
  let speaker: TokenRange | null = null;
  let cue: CueVerb | undefined;
  if (afterCue) {
    cue = afterCue;
    speaker = subjectBefore(v, afterCue.verb, after[0]) ?? phraseAfter(v, afterCue.last, after[1]);
    q.rules.push('cue-after');
  } else if (beforeCue) {
    cue = beforeCue;
    const prev = state.previous;
    if (isParticiple(v, beforeCue) && prev?.speaker && prev.end >= first.start) {
      // '"...," Hwang said, adding that Seoul would "resolutely respond"': the speaker of the main clause
      speaker = [v.at(prev.speaker.start), v.at(prev.speaker.end - 1) + 1];
    } else if (!isParticiple(v, beforeCue)) speaker = subjectBefore(v, beforeCue.verb, v.at(first.start));
    speaker ??= sentenceSubject(v, v.at(Math.max(first.start, input.bodyStart)), v.at(openAt), (i) => input.insideQuote(v.tokens[i]!.start));
    q.rules.push('cue-before');
  }
  if (cue) q.cue = v.span(cue.verb, cue.last + 1);

  const channels = [...findChannels(v.text, beforeFrom, openAt, cues), ...findChannels(v.text, closeAt, afterTo, cues)];
  const channel = channels.find((c) => c.slot === 'source') ?? channels[0] ?? null;
  if (channel) { q.channel = channel; q.channelText = channel.text; }

  if (speaker && headNoun(v, speaker) && cues.documents.has(headNoun(v, speaker))) {
    // "the statement said": the document speaks for whoever released it
    q.channelText = v.span(speaker[0], cue!.last + 1).text;
    q.channel = null;
    const releaser = releaserBefore(state, q.start);
    if (releaser) { q.speaker = releaser; q.speakerText = releaser.text; } else { q.speaker = span(v, speaker); q.speakerText = q.speaker.text; }
    q.rules.push('document');
    q.subject = subjectInside(q, input);
  } else if (channel?.slot === 'source' && channel.document && channel.releaser) {
    // "according to a readout ... released by the Iraqi foreign ministry": the ministry speaks, quoting the person
    q.speaker = channel.releaser;
    q.speakerText = channel.releaser.text;
    q.subject = speaker ? span(v, speaker) : subjectInside(q, input);
    remember(state, q.start, channel.releaser);
    q.rules.push('according-to-document');
  } else if (speaker) {
    q.speaker = span(v, speaker);
    q.speakerText = q.speaker.text;
    if (channel && /statement/i.test(channel.text)) remember(state, q.start, q.speaker);
  } else if (channel?.slot === 'source' && channel.name) {
    q.speaker = channel.name;
    q.speakerText = channel.name.text;
    q.rules.push('according-to');
  } else if (carry(q, input, state)) {
    q.rules.push('carried');
  } else if (q.kind === 'partial') {
    const subj = sentenceSubject(v, v.at(Math.max(first.start, input.bodyStart)), v.at(openAt));
    if (subj) { q.speaker = span(v, subj); q.speakerText = q.speaker.text; q.rules.push('sentence-subject'); }
  }
  state.previous = q;
}

function remember(state: AttributionState, at: number, who: CharSpan): void {
  state.releasers.push({ at, who });
}

/** The last releaser of a document named before `offset`. */
export function releaserBefore(state: AttributionState, offset: number): CharSpan | null {
  let found: CharSpan | null = null;
  for (const r of state.releasers) if (r.at <= offset) found = r.who;
  return found;
}

/** The previous quote's speaker goes on through the following quoted sentences and paragraphs. */
function carry(q: QuoteDraft, input: AttributionInput, state: AttributionState): boolean {
  const p = state.previous;
  if (!p || !p.speakerText) return false;
  const gap = input.sentenceAt(q.open ?? q.start) - input.sentenceAt(p.end - 1);
  if (!q.continuation && (gap > 2 || q.paragraph - p.paragraph > 1)) return false;
  q.speaker = p.speaker;
  q.speakerText = p.speakerText;
  q.channel = p.channel;
  q.channelText = p.channelText;
  if (p.rules.includes('document') || p.rules.includes('according-to-document')) q.subject = subjectInside(q, input);
  return true;
}

/** Inside a quote that a document relays: the person it reports ("Minister al-Shaibani pointed out"). */
function subjectInside(q: QuoteDraft, input: AttributionInput): CharSpan | null {
  const { v } = input;
  for (const c of cuesIn(v, v.at(q.start), v.at(q.end), input.cues)) {
    const s = subjectBefore(v, c.verb, v.at(q.start));
    if (s && !isPronoun(v, s) && Array.from({ length: s[1] - s[0] }, (_, k) => v.pos(s[0] + k)).includes('PROPN')) return span(v, s);
  }
  return null;
}

export type { ChannelMatch };
