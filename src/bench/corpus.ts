import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestedArticle } from '../ingest/ingest-types.js';
import { ingestSource } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';
import { listFixtures } from '../test-support/fixtures.js';
import { PROJECT_ROOT } from '../project-root.js';

export const VOA_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpora', 'voa', 'voa-stories.jsonl');

export interface Corpus {
  name: string;
  /** Raw JSONL bytes, as a user would feed them. */
  bytes: Buffer;
}

/** The VOA corpus when ../shared is there, else the fixtures' JSONL forms repeated to about 100 articles. */
export function loadCorpus(): Corpus {
  if (existsSync(VOA_CORPUS)) return { name: 'VOA (../shared/corpora/voa)', bytes: readFileSync(VOA_CORPUS) };
  const lines = listFixtures().map((f) => readFileSync(join(f.dir, 'article.jsonl'), 'utf8').trim());
  const out: string[] = [];
  for (let i = 0; out.length < 100; i++) {
    const rec = JSON.parse(lines[i % lines.length]!) as { id: string };
    out.push(JSON.stringify({ ...rec, id: `${rec.id}-${i}` }));
  }
  return { name: 'fixtures repeated', bytes: Buffer.from(`${out.join('\n')}\n`) };
}

export function ingestCorpus(corpus: Corpus): IngestedArticle[] {
  const out: IngestedArticle[] = [];
  for (const r of ingestSource({ input: corpus.name, format: 'jsonl', bytes: corpus.bytes }, { maxBytes: DEFAULT_MAX_BYTES })) {
    if (r.ok) out.push(r.value);
  }
  return out;
}
