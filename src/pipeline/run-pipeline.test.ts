import { describe, expect, it } from 'vitest';
import { newDocument } from '../document/new-document.js';
import { createContext } from './context.js';
import { checkStages, runPipeline } from './run-pipeline.js';
import type { Stage } from './stage.js';
import { STAGES } from './stages.js';

const article = {
  id: 'a1', title: null, source: null, url: null, author: null, published: null,
  publishedFrom: 'none' as const, input: null, format: 'text' as const, dateline: null,
};

describe('pipeline', () => {
  it('accepts the project pipeline', () => {
    expect(() => checkStages(STAGES)).not.toThrow();
  });

  it('refuses a stage whose needs no earlier stage adds', () => {
    const late: Stage = { name: 'late', needs: ['entities'], adds: ['events'], run: () => ({ events: [] }) };
    expect(() => checkStages([late])).toThrow(expect.objectContaining({ code: 'PIPELINE_INVALID' }));
  });

  it('refuses two stages adding the same layer', () => {
    const a: Stage = { name: 'a', needs: ['text'], adds: ['times'], run: () => ({ times: [] }) };
    expect(() => checkStages([a, { ...a, name: 'b' }])).toThrow(/already present/);
  });

  it('records a throwing stage in errors and skips the stages that need its layers', () => {
    const boom: Stage = { name: 'boom', needs: ['text'], adds: ['times'], run: () => { throw new Error('kaput'); } };
    const after: Stage = { name: 'after', needs: ['times'], adds: ['quotes'], run: () => ({ quotes: [] }) };
    const other: Stage = { name: 'other', needs: ['text'], adds: ['events'], run: () => ({ events: [] }) };
    const doc = runPipeline(newDocument(article, 'Some text.'), [boom, after, other], createContext());
    expect(doc.errors).toEqual([
      { stage: 'boom', code: 'STAGE_FAILED', message: 'kaput' },
      { stage: 'after', code: 'STAGE_SKIPPED', message: 'skipped: needs times from a failed stage' },
    ]);
    expect(doc.text).toBe('Some text.');
  });
});
