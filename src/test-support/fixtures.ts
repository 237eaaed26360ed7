import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadoutDocument } from '../document/schema.js';
import type { Extractor } from '../extract/extractor.js';
import { ingestPaths } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';
import { PROJECT_ROOT } from '../project-root.js';

/** test/fixtures/, found from both src/ (vitest) and dist/ (scripts). */
export const FIXTURES_DIR = join(PROJECT_ROOT, 'test', 'fixtures');

export interface Fixture {
  slug: string;
  dir: string;
  published: string;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'fixture.json')))
    .map((d) => {
      const dir = join(FIXTURES_DIR, d.name);
      const meta = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { published: string };
      return { slug: d.name, dir, published: meta.published };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Extracts one form of a fixture; `date` given for the text form (which has no metadata). */
export function extractFixture(extractor: Extractor, fixture: Fixture, form: 'txt' | 'html' | 'jsonl', date: string | null): ReadoutDocument {
  const path = join(fixture.dir, `article.${form}`);
  const results = [...ingestPaths([path], { date, maxBytes: DEFAULT_MAX_BYTES }, () => Buffer.alloc(0))];
  const first = results[0];
  if (!first?.ok) throw first?.error ?? new Error(`no article in ${path}`);
  return extractor.extract(first.value);
}

/**
 * The expected document as stored: the text form extracted with the fixture's date, without tokens
 * or clauses (their offsets are checked by invariants, clauses by their unit tests) and with the input path made relative.
 */
export function expectationOf(doc: ReadoutDocument): Omit<ReadoutDocument, 'tokens' | 'clauses'> {
  const { tokens: _tokens, clauses: _clauses, ...rest } = doc;
  return { ...rest, article: { ...rest.article, input: rest.article.input ? `article.${rest.article.format === 'text' ? 'txt' : rest.article.format}` : null } };
}

export function expectedPath(fixture: Fixture): string {
  return join(fixture.dir, 'expected.json');
}
