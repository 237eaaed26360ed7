import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { buildSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** Paragraphs, sentences and tokens with part of speech, offsets exact into `text`. */
export const segmentStage: Stage<'paragraphs' | 'sentences' | 'tokens'> = {
  name: 'segment',
  needs: ['text'],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run(doc, ctx) {
    const paragraphs = findParagraphs(doc.text);
    const { tokens, sentenceTokenSpans } = tokenize(ctx.nlp, doc.text);
    const sentences = buildSentences(doc.text, tokens, sentenceTokenSpans, paragraphs, doc.article.dateline?.bodyStart ?? 0);
    return { paragraphs, sentences, tokens };
  },
};
