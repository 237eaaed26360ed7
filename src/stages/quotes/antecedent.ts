import type { Sentence } from '../../document/schema.js';
import type { EntityIndex } from './entity-links.js';
import { sentenceSubject } from './noun-phrase.js';
import type { CharSpan, QuoteDraft } from './quote-types.js';
import type { TokenView } from './token-view.js';

const PRONOUN = /^(?:he|she|they)$/i;

export interface AntecedentInput {
  v: TokenView;
  sentences: readonly Sentence[];
  sentenceAt(offset: number): number;
  insideQuote(offset: number): boolean;
  entities: EntityIndex;
  hasEntities: boolean;
}

/** Subjects naming someone (a proper noun, outside quotes) of sentences [from, to]. */
function namedSubjects(input: AntecedentInput, from: number, to: number): CharSpan[] {
  const { v } = input;
  const out: CharSpan[] = [];
  for (let k = Math.max(0, from); k <= to; k++) {
    const s = input.sentences[k]!;
    const r = sentenceSubject(v, s.tokens[0], s.tokens[1], (i) => input.insideQuote(v.tokens[i]!.start));
    if (!r) continue;
    let proper = false;
    for (let i = r[0]; i < r[1]; i++) if (v.pos(i) === 'PROPN') proper = true;
    if (proper) out.push(v.span(r[0], r[1]));
  }
  return out;
}

/**
 * "he said", "she told": the speaker becomes the nearest earlier person. With entities, the nearest
 * PERSON mention outside quotes; without, the nearest of the speakers already found and the subjects
 * that name someone in this and the two previous sentences. Drafts must be sorted by position.
 */
const PEOPLE = new Set(['PERSON'] as const);
const GROUPS = new Set(['ORG', 'NORP'] as const);

/**
 * "he said", "they told": the speaker becomes, in this order, the nearest speaker already found in
 * this or the two previous sentences (news keeps quoting the same person), the nearest earlier entity
 * mention outside quotes (a person for he/she, an organisation or group for they), or the nearest
 * subject naming someone in this and the two previous sentences. Drafts must be sorted by position.
 */
export function resolvePronouns(drafts: QuoteDraft[], input: AntecedentInput): void {
  for (let j = 0; j < drafts.length; j++) {
    const d = drafts[j]!;
    if (!d.speaker || !PRONOUN.test(d.speaker.text)) continue;
    const at = d.speaker.start;
    const index = input.sentenceAt(at);
    const plural = d.speaker.text.toLowerCase() === 'they';
    // the latest speaker before `at` among the drafts that start before this one (all before it: drafts
    // are sorted), the first of equals; read backwards, so that the word and sentence tests run only on
    // a speaker at least as late as the best so far (a long text has thousands of drafts)
    let found: QuoteDraft | null = null;
    for (let k = j - 1; k >= 0; k--) {
      const o = drafts[k]!;
      if (o.start >= d.start || !o.speaker || !o.speakerText || o.speaker.start >= at) continue;
      if (found && o.speaker.start < found.speaker!.start) continue;
      if (PRONOUN.test(o.speakerText) || input.sentenceAt(o.speaker.start) < index - 2) continue;
      found = o;
    }
    let best: CharSpan | null = found ? { ...found.speaker!, text: found.speakerText! } : null;
    if (!best && input.hasEntities) best = input.entities.before(at, plural ? GROUPS : PEOPLE, input.insideQuote);
    if (!best) for (const c of namedSubjects(input, index - 2, index)) if (c.start < at && (!best || c.start > best.start)) best = c;
    if (best) {
      // the antecedent's span stands for the speaker from now on, so that it resolves to its entity
      d.speaker = best;
      d.speakerText = best.text;
      d.rules.push('pronoun');
    }
  }
}
