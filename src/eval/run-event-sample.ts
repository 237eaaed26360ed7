import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOA_CORPUS } from '../bench/corpus.js';
import { isReadoutError, ReadoutError } from '../errors/readout-error.js';
import { Extractor } from '../extract/extractor.js';
import { ingestSource } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';
import { PROJECT_ROOT } from '../project-root.js';
import { describeSampled, eventKey, parseJudgments, precisionOf, sample, type SampledEvent } from './event-sample.js';

/**
 * `npm run sample:events [-- --seed N] [--n N] [--judgments FILE]`: runs the whole pipeline on the
 * VOA corpus, prints events per article, draws N events (50) with a fixed seed for a hand check, and
 * prints precision from the judgments recorded so far (test/eval/voa-events-check.jsonl).
 */
const DEFAULT_SEED = 20241230;
const JUDGMENTS = join(PROJECT_ROOT, 'test', 'eval', 'voa-events-check.jsonl');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new ReadoutError('USAGE', `${name} needs a whole number, got ${JSON.stringify(process.argv[i + 1] ?? '')}`);
  return v;
}

function main(): void {
  if (!existsSync(VOA_CORPUS)) {
    process.stdout.write(`sample:events skipped: ${VOA_CORPUS} is absent\n`);
    return;
  }
  const seed = option('--seed', DEFAULT_SEED);
  const n = option('--n', 50);
  const ji = process.argv.indexOf('--judgments');
  const judgmentsFile = ji >= 0 && process.argv[ji + 1] ? process.argv[ji + 1]! : JUDGMENTS;
  const extractor = new Extractor();
  const all: SampledEvent[] = [];
  let articles = 0;
  let failed = 0;
  for (const r of ingestSource({ input: VOA_CORPUS, format: 'jsonl', bytes: readFileSync(VOA_CORPUS) }, { maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) { failed++; process.stderr.write(`${r.error.describe()}\n`); continue; }
    articles++;
    const doc = extractor.extract(r.value);
    for (const event of doc.events) all.push({ story: doc.article.id, doc, event });
  }
  const counted = all.filter((s) => !s.event.negated && !s.event.question);
  const perArticle = (k: number) => (articles ? (k / articles).toFixed(2) : '0');
  const picked = sample(all, n, seed);
  const out: string[] = [
    `readout sample:events — ${VOA_CORPUS}`,
    `${articles} articles${failed ? ` (${failed} unreadable)` : ''}, ${all.length} events: ${perArticle(all.length)} events per article (${perArticle(counted.length)} without negated events and questions)`,
    `seed ${seed} (change with --seed N), ${picked.length} events drawn`,
    '',
    ...picked.map((s, i) => describeSampled(s, i, picked.length)),
    '',
  ];
  const drawn = picked.map((s) => `${s.story} ${eventKey(s.event)}`);
  if (existsSync(judgmentsFile)) {
    const p = precisionOf(parseJudgments(readFileSync(judgmentsFile, 'utf8'), judgmentsFile), drawn);
    out.push(p.precision === null
      ? `precision: none of the ${p.drawn} drawn events is judged yet (${judgmentsFile})`
      : `precision: ${p.precision.toFixed(3)} (${p.ok} ok of ${p.judged} judged of the ${p.drawn} drawn; ${p.unjudged} drawn events not judged yet: judge them for a full figure)`);
  } else {
    out.push(`precision: no judgments file (${judgmentsFile})`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main();
} catch (e) {
  if (!isReadoutError(e)) throw e;
  process.stderr.write(`${e.describe()}\n`);
  process.exitCode = e.code === 'USAGE' ? 2 : 1;
}
