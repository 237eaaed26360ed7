import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { splitLongSentences } from './long-sentences.js';
import { buildSentences } from './sentences.js';
import { splitRunInHeadings } from './run-in-headings.js';
import { nameWords } from '../../kb/name-words.js';
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
    // (a heading glued to its sentence is cut off: "Financial strain Both camps opened in 1991", run-in-headings.ts;
    // not a description of the name after it: a role "vice premier He Lifeng" or a back-reference noun "rights group Amnesty")
    const isRole = (word: string) => { const key = nameWords(word)[0]?.key; return ctx.patterns.backReferences.has(word) || (!!key && !!ctx.kb.roles.child(null, key)?.payloads?.length); };
    const built = splitRunInHeadings(doc.text, tokens, buildSentences(doc.text, tokens, sentenceTokenSpans, paragraphs, doc.article.dateline?.bodyStart ?? 0), isRole);
    const { sentences, notes } = splitLongSentences(doc.text, tokens, built);
    return notes.length > 0 ? { paragraphs, sentences, tokens, warnings: notes } : { paragraphs, sentences, tokens };
  },
};
