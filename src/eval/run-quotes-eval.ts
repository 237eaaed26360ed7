import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor } from '../extract/extractor.js';
import { ingestPaths } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';
import { PROJECT_ROOT } from '../project-root.js';
import { formatScore, newScore, scoreStory, type GoldStory } from './quotes-times-score.js';

/**
 * `npm run eval:quotes`: scores the quotes and times layers against test/eval/voa-quotes-times.jsonl.
 * The story texts are not in the project; they are read from ../shared/corpora/voa (skipped when absent).
 * `--misses` lists every wrong speaker and date.
 */
const corpus = join(PROJECT_ROOT, '..', 'shared', 'corpora', 'voa', 'voa-stories.jsonl');
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} not found\n`);
  process.exit(0);
}
const gold = readFileSync(join(PROJECT_ROOT, 'test', 'eval', 'voa-quotes-times.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldStory);
const wanted = new Map(gold.map((g) => [g.id, g]));
const extractor = new Extractor();
const score = newScore();
let seen = 0;
for (const result of ingestPaths([corpus], { date: null, maxBytes: DEFAULT_MAX_BYTES }, () => Buffer.alloc(0))) {
  if (!result.ok) continue;
  const story = wanted.get(result.value.article.id);
  if (!story) continue;
  const doc = extractor.extract(result.value);
  if (doc.article.published !== story.published) throw new Error(`story ${story.id}: published ${doc.article.published}, annotated against ${story.published}`);
  scoreStory(score, story, doc.quotes, doc.times, doc.text);
  seen++;
}
process.stdout.write(`${formatScore(score, seen)}\n`);
if (process.argv.includes('--misses')) process.stdout.write(`\n${score.misses.join('\n')}\n`);
if (seen !== gold.length) process.stdout.write(`warning: ${gold.length - seen} annotated stories not found in the corpus\n`);
