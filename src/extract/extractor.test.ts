import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor } from './extractor.js';
import { STAGES } from '../pipeline/stages.js';
import type { Stage } from '../pipeline/stage.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';

const article = (id: string, text: string): IngestedArticle => ({
  article: { id, title: null, source: null, url: null, author: null, published: '2024-12-30', publishedFrom: 'option', input: null, format: 'text', dateline: null },
  text,
});

const fixtureTexts = ['attack', 'sanctions', 'state-visit', 'protest'].map((slug) => readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', slug, 'article.txt'), 'utf8'));

describe('Extractor.extractAll', () => {
  it('gives each article the document extract gives it alone', () => {
    const texts = [...fixtureTexts, 'Kenya’s president met Somalia’s president in Nairobi on Monday.'];
    const one = new Extractor();
    const alone = texts.map((t, i) => one.extract(article(`a${i}`, t)));
    const spent: number[] = [];
    const together = new Extractor().extractAll(texts.map((t, i) => article(`a${i}`, t)), spent);
    expect(together).toEqual(alone);
    expect(together.every((d) => d.events.length + d.entities.length > 0)).toBe(true);
    expect(spent).toHaveLength(texts.length);
    expect(spent.every((ms) => ms > 0)).toBe(true);
  });

  it('keeps a failure with its article', () => {
    const picky: Stage = { name: 'picky', needs: ['tokens'], adds: ['times'], run: (doc) => { if (doc.text.includes('boom')) throw new Error('kaput'); return { times: [] }; } };
    const stages = [...STAGES.filter((s) => s.name === 'segment'), picky];
    const [bad, good] = new Extractor(stages).extractAll([article('bad', 'A boom was heard.'), article('good', 'Police arrived.')]);
    expect(bad!.errors).toEqual([{ stage: 'picky', code: 'STAGE_FAILED', message: 'kaput' }]);
    expect(good!.errors).toEqual([]);
    expect(good!.tokens.length).toBe(3);
  });
});
