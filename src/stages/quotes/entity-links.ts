import type { Entity } from '../../document/schema.js';
import type { CharSpan } from './quote-types.js';
import { firstIndex } from '../../document/first-index.js';

export interface EntityIndex {
  /** the entity whose mention overlaps the span most (ties: the later mention, the head of "X's Y Z") */
  at(span: { start: number; end: number } | null): string | null;
  /** the nearest mention ending before `offset` of an entity of one of the types */
  before(offset: number, types: ReadonlySet<Entity['type']>, skip?: (start: number) => boolean): CharSpan | null;
}

interface Flat { id: string; type: Entity['type']; start: number; end: number; text: string }

/** Resolves text spans (speakers, channels, subjects) to entity ids by overlap with their mentions. */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions: Flat[] = entities
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, type: e.type, start: m.start, end: m.end, text: m.text })))
    .sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end of mentions[0..i]; mentions before the first reach beyond a span's start cannot overlap it
  const reach: number[] = [];
  for (const m of mentions) reach.push(Math.max(m.end, reach.at(-1) ?? -Infinity));
  const rank = (x: Flat) => (x.type === 'PERSON' || x.type === 'ORG' ? 1 : 0);
  return {
    at(span) {
      if (!span) return null;
      let best: Flat | null = null;
      let bestOverlap = 0;
      for (let i = firstIndex(mentions.length, (j) => reach[j]! > span.start); i < mentions.length; i++) {
        const m = mentions[i]!;
        if (m.start >= span.end) break;
        const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
        if (overlap > 0 && (!best || rank(m) > rank(best) || (rank(m) === rank(best) && overlap >= bestOverlap))) {
          best = m;
          bestOverlap = overlap;
        }
      }
      return best?.id ?? null;
    },
    before(offset, types, skip) {
      // mentions starting after `offset` end after it too
      for (let i = firstIndex(mentions.length, (j) => mentions[j]!.start > offset) - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.end > offset || !types.has(m.type) || skip?.(m.start)) continue;
        return { start: m.start, end: m.end, text: m.text };
      }
      return null;
    },
  };
}

