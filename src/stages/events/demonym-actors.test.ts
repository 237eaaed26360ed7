import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/context.js';
import { handDocument } from '../../test-support/hand-layers.js';
import { DemonymFinder } from './demonym-actors.js';

const ctx = createContext();

describe('DemonymFinder', () => {
  it('gives the exact span of a country adjective that is not the first word of the span', () => {
    const text = 'They met two senior Iraqi officials and South Sudanese envoys.';
    const doc = handDocument(ctx, text, []);
    const hits = new DemonymFinder(doc, ctx.kb).within(text.indexOf('two'), text.length - 1);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.country])).toEqual([['Iraqi', 'IRQ'], ['South Sudanese', 'SSD']]);
  });

  it('finds one that ends the text', () => {
    const text = 'The envoys were Iraqi';
    const doc = handDocument(ctx, text, []);
    expect(new DemonymFinder(doc, ctx.kb).within(text.indexOf('were'), text.length).map((h) => h.country)).toEqual(['IRQ']);
  });
});
