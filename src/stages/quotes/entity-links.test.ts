import { describe, expect, it } from 'vitest';
import type { Entity } from '../../document/schema.js';
import { indexEntities } from './entity-links.js';

const entity = (id: string, type: Entity['type'], mentions: Array<[number, number, string]>): Entity => ({
  id, name: mentions[0]![2], type, actor: null, kb: null, geo: null,
  mentions: mentions.map(([start, end, text]) => ({ start, end, text, rule: 'test' })),
});

// "Iraq's Foreign Minister Fuad Hussein told Al Arabiya ... He said"
const entities = [
  entity('e1', 'GPE', [[0, 4, 'Iraq']]),
  entity('e2', 'PERSON', [[24, 36, 'Fuad Hussein'], [70, 72, 'He']]),
  entity('e3', 'ORG', [[42, 52, 'Al Arabiya']]),
];

describe('entity links', () => {
  const index = indexEntities(entities);
  it('resolves a span to the entity it overlaps, preferring people and organisations', () => {
    expect(index.at({ start: 0, end: 36 })).toBe('e2');
    expect(index.at({ start: 42, end: 52 })).toBe('e3');
    expect(index.at({ start: 37, end: 41 })).toBeNull();
    expect(index.at(null)).toBeNull();
  });

  it('finds the nearest earlier mention of a type, skipping what the caller excludes', () => {
    expect(index.before(60, new Set(['PERSON']))?.text).toBe('Fuad Hussein');
    expect(index.before(60, new Set(['ORG', 'GPE']))?.text).toBe('Al Arabiya');
    expect(index.before(60, new Set(['ORG', 'GPE']), (s) => s === 42)?.text).toBe('Iraq');
    expect(index.before(10, new Set(['PERSON']))).toBeNull();
  });

  it('is empty without entities', () => {
    expect(indexEntities([]).at({ start: 0, end: 10 })).toBeNull();
  });
});
