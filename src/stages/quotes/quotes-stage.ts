import type { Quote, ReadoutDocument } from '../../document/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { attribute, releaserBefore, type AttributionInput, type AttributionState } from './attribution.js';
import { headNoun } from './noun-phrase.js';
import { resolvePronouns } from './antecedent.js';
import type { QuoteCues } from './cues.js';
import { indexEntities } from './entity-links.js';
import { markedKind, notQuoteReason } from './not-quotes.js';
import { findMarkedSpans } from './quote-marks.js';
import type { CharSpan, QuoteDraft } from './quote-types.js';
import { reportedSpeech } from './reported-speech.js';
import { TokenView } from './token-view.js';
import { firstIndex } from '../../document/first-index.js';


export function findQuotes(doc: Readonly<ReadoutDocument>, cues: QuoteCues): Quote[] {
  const v = new TokenView(doc.tokens, doc.text);
  const entities = indexEntities(doc.entities);
  const sentenceAt = (offset: number) => Math.max(0, firstIndex(doc.sentences.length, (i) => doc.sentences[i]!.start > offset) - 1);
  const marked = findMarkedSpans(doc.text, doc.paragraphs).filter((m) => notQuoteReason(m, v, cues) === null);
  const bounds = marked.map((m) => ({ from: m.open ?? m.start, to: m.close !== null ? m.close + 1 : m.end }));
  const insideQuote = (offset: number) => {
    const i = firstIndex(bounds.length, (k) => bounds[k]!.to > offset);
    return i < bounds.length && bounds[i]!.from <= offset;
  };
  const drafts: QuoteDraft[] = [];
  const state: AttributionState = { releasers: [], previous: null };
  const input: AttributionInput = {
    v, cues, sentences: doc.sentences, sentenceAt, bounds, bodyStart: doc.article.dateline?.bodyStart ?? 0, insideQuote,
  };
  for (const m of marked) {
    const q: QuoteDraft = {
      start: m.start, end: m.end, kind: markedKind(m, doc.text), open: m.open, close: m.close, paragraph: m.paragraph,
      continuation: m.continuation, speaker: null, speakerText: null, subject: null, channel: null, channelText: null, cue: null,
      rules: [m.close === null ? 'marks-unclosed' : 'marks'],
    };
    attribute(q, input, state);
    drafts.push(q);
  }
  const cueTokens = new Set(drafts.filter((d) => d.cue).map((d) => v.at(d.cue!.start)));
  const taken = (i: number) => cueTokens.has(i) || insideQuote(doc.tokens[i]?.start ?? -1);
  const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  doc.sentences.forEach((s) => {
    const paragraph = paragraphIndex.get(s.paragraph) ?? -1;
    for (const d of reportedSpeech(v, s, paragraph, cues, taken)) {
      if (d.speaker && cues.documents.has(headNoun(v, [v.at(d.speaker.start), v.at(d.speaker.end - 1) + 1]))) {
        // "The statement said Safadi also praised ...": the document speaks for its releaser
        d.channelText = doc.text.slice(d.speaker.start, d.cue?.end ?? d.speaker.end);
        const who = releaserBefore(state, d.start);
        if (who) { d.speaker = who; d.speakerText = who.text; }
        d.rules.push('document');
      }
      drafts.push(d);
    }
  });
  drafts.sort((a, b) => a.start - b.start);
  resolvePronouns(drafts, { v, sentences: doc.sentences, sentenceAt, insideQuote, entities, hasEntities: doc.entities.length > 0 });
  return drafts.map((d, i) => toQuote(d, i, doc.text, entities));
}

function toQuote(d: QuoteDraft, i: number, text: string, entities: ReturnType<typeof indexEntities>): Quote {
  const resolve = (s: CharSpan | null) => entities.at(s);
  return {
    id: `q${i + 1}`,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    kind: d.kind,
    speaker: resolve(d.speaker),
    speakerText: d.speakerText,
    channel: resolve(d.channel?.name ?? null),
    channelText: d.channelText,
    subject: resolve(d.subject),
    subjectText: d.subject?.text ?? null,
    cue: d.cue,
    rule: d.rules.join('+'),
  };
}

/** Direct, partial and reported quotes with speaker, channel and subject (see ARCHITECTURE.md, "quotes"). */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  needs: ['paragraphs', 'sentences', 'tokens', 'entities'],
  adds: ['quotes'],
  run: (doc, ctx) => ({ quotes: findQuotes(doc, ctx.quoteCues) }),
};
