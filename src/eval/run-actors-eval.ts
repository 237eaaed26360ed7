import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor } from '../extract/extractor.js';
import { ingestSource } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';
import { STAGES } from '../pipeline/stages.js';
import { PROJECT_ROOT } from '../project-root.js';
import { VOA_CORPUS } from '../bench/corpus.js';
import { describeScores, emptyScores, scoreArticle, type ScoredMention } from './actor-score.js';

/**
 * `npm run eval:actors`: the entities stage against test/eval/voa-actors.jsonl, 20 VOA stories
 * annotated by hand (ids and offsets only; the texts stay in ../shared). Skips when ../shared is absent.
 */
interface GoldStory {
  id: string;
  published: string;
  actors: Array<{ name: string; code: string | null; country: string | null; sector: string | null; mentions: Array<{ start: number; end: number; text: string }> }>;
}

const GOLD = join(PROJECT_ROOT, 'test', 'eval', 'voa-actors.jsonl');
if (!existsSync(VOA_CORPUS)) {
  process.stdout.write(`eval:actors skipped: ${VOA_CORPUS} is absent\n`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const gold = readFileSync(GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldStory);
const wanted = new Set(gold.map((g) => g.id));
const raw = readFileSync(VOA_CORPUS);
const lines = raw.toString('utf8').split('\n').filter((l) => l.trim() && wanted.has((JSON.parse(l) as { id: string }).id));
const extractor = new Extractor(STAGES.slice(0, STAGES.findIndex((s) => s.name === 'entities') + 1));
const texts = new Map(lines.map((l) => { const o = JSON.parse(l) as { id: string; text: string }; return [o.id, o.text]; }));
const total = emptyScores();
for (const r of ingestSource({ input: VOA_CORPUS, format: 'jsonl', bytes: Buffer.from(lines.join('\n')) }, { maxBytes: DEFAULT_MAX_BYTES })) {
  if (!r.ok) continue;
  const g = gold.find((x) => x.id === r.value.article.id);
  if (!g) continue;
  const doc = extractor.extract(r.value);
  const shift = texts.get(g.id)!.indexOf(doc.text);
  if (shift < 0) { process.stdout.write(`${g.id}: text changed by ingestion, skipped\n`); continue; }
  const goldMentions: ScoredMention[] = g.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, start: m.start - shift, end: m.end - shift, code: a.code, country: a.country, sector: a.sector })));
  const system: ScoredMention[] = doc.entities.filter((e) => !e.members).flatMap((e) => e.mentions.map((m) => ({ ...m, code: e.actor?.code ?? null, country: e.actor?.country ?? null, sector: e.actor?.sector ?? null })));
  const s = scoreArticle(goldMentions, system);
  scoreArticle(goldMentions, system, total);
  if (verbose) {
    process.stdout.write(`${g.id}: ${describeScores(s).slice(1).join(' | ')}\n`);
    const key = (m: ScoredMention) => `${m.start}:${m.end}`;
    const sys = new Map(system.map((m) => [key(m), m]));
    const gk = new Set(goldMentions.map(key));
    for (const m of goldMentions) { const x = sys.get(key(m)); if (!x) process.stdout.write(`  missed  ${m.text} (${m.code})\n`); else if (x.code !== m.code) process.stdout.write(`  code    ${m.text}: ${x.code} for ${m.code}\n`); }
    for (const m of system) if (!gk.has(key(m))) process.stdout.write(`  extra   ${m.text} (${m.code})\n`);
  }
}
process.stdout.write(`readout eval:actors — ${gold.length} hand-annotated VOA stories (test/eval/voa-actors.jsonl)\n${describeScores(total).join('\n')}\n`);
