import { describe, expect, it } from 'vitest';
import type { Entity } from '../../document/schema.js';
import { indexEntities } from './entity-links.js';

const entity = (id: string, type: Entity['type'], spans: Array<[number, number]>): Entity => ({
  id, name: id, type, actor: null, kb: null, geo: null,
  mentions: spans.map(([start, end]) => ({ start, end, text: 'x'.repeat(end - start), rule: 'test' })),
});

// "Iraq's foreign minister Fuad Hussein ... Syria ... a long span over both"
const entities = [
  entity('iraq', 'GPE', [[0, 4], [200, 204]]),
  entity('hussein', 'PERSON', [[24, 36], [300, 307]]),
  entity('syria', 'GPE', [[50, 55]]),
  entity('council', 'ORG', [[40, 90]]),
];

describe('entity links', () => {
  const idx = indexEntities(entities);

  it('takes the entity whose mention overlaps the span, people and organisations first', () => {
    expect(idx.at({ start: 0, end: 36 })).toBe('hussein');
    expect(idx.at({ start: 0, end: 10 })).toBe('iraq');
    expect(idx.at({ start: 52, end: 54 })).toBe('council');
    expect(idx.at({ start: 201, end: 203 })).toBe('iraq');
    expect(idx.at({ start: 95, end: 190 })).toBeNull();
    expect(idx.at(null)).toBeNull();
  });

  it('finds a mention that starts long before the span but still overlaps it', () => {
    const long = indexEntities([entity('long', 'LOC', [[0, 500]]), ...entities]);
    expect(long.at({ start: 450, end: 460 })).toBe('long');
  });

  it('finds the nearest mention ending before an offset, of the wanted types', () => {
    expect(idx.before(300, new Set(['PERSON']))).toEqual({ start: 24, end: 36, text: 'x'.repeat(12) });
    expect(idx.before(300, new Set(['GPE']))).toEqual({ start: 200, end: 204, text: 'xxxx' });
    expect(idx.before(204, new Set(['GPE']))).toEqual({ start: 200, end: 204, text: 'xxxx' });
    expect(idx.before(203, new Set(['GPE']))).toEqual({ start: 50, end: 55, text: 'xxxxx' });
    expect(idx.before(300, new Set(['GPE']), (start) => start === 200)?.start).toBe(50);
    expect(idx.before(3, new Set(['GPE']))).toBeNull();
  });
});
