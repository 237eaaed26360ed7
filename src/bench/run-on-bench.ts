import type { Extractor } from '../extract/extractor.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import { fmt } from './stats.js';

/**
 * Pathological input: the corpus's own words with every punctuation mark removed, joined into one
 * paragraph of `bytes` (a single "sentence" of about 1 MB), between two ordinary sentences.
 */
export function benchRunOn(extractor: Extractor, articles: readonly IngestedArticle[], bytes = 1_000_000): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes && articles.length > 0; i++) {
    for (const w of articles[i % articles.length]!.text.replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ').split(/\s+/)) {
      if (w === '') continue;
      words.push(w);
      size += w.length + 1;
      if (size >= bytes) break;
    }
  }
  const text = `Iraq and Syria agreed on Monday to reopen their embassies.\n\n${words.join(' ')}\n\nThe Turkish foreign minister condemned the attack on Tuesday.\n`;
  const article = { ...articles[0]!.article, id: 'run-on', dateline: null };
  const t0 = performance.now();
  const doc = extractor.extract({ article, text });
  const ms = performance.now() - t0;
  const longest = Math.max(...doc.sentences.map((s) => s.tokens[1] - s.tokens[0]));
  return `one paragraph of ${fmt(text.length / 1e6, 2)} MB without punctuation (all stages): ${fmt(ms, 0)} ms; ${doc.sentences.length} sentences (longest ${longest} tokens), ${doc.entities.length} entities, ${doc.events.length} events; errors: ${doc.errors.map((e) => e.code).join(', ') || 'none'}; warnings: ${doc.warnings.map((e) => e.code).join(', ') || 'none'}`;
}
