import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { splitLongSentences } from './long-sentences.js';
import { buildSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { renewedIfGrown } from './nlp.js';

/**
 * Paragraphs, sentences and tokens with part of speech, offsets exact into `text`; over-long sentences
 * are cut (`long-sentences.ts`). wink is renewed when its word cache has grown too large (`renewedIfGrown`).
 */
export const segmentStage: Stage<'paragraphs' | 'sentences' | 'tokens'> = {
  name: 'segment',
  needs: ['text'],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run(doc, ctx) {
    ctx.nlp = renewedIfGrown(ctx.nlp);
    const paragraphs = findParagraphs(doc.text);
    const { tokens, sentenceTokenSpans } = tokenize(ctx.nlp, doc.text);
    const built = buildSentences(doc.text, tokens, sentenceTokenSpans, paragraphs, doc.article.dateline?.bodyStart ?? 0);
    const { sentences, notes } = splitLongSentences(doc.text, tokens, built);
    return notes.length > 0 ? { paragraphs, sentences, tokens, warnings: notes } : { paragraphs, sentences, tokens };
  },
};
