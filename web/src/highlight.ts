import type { ReadoutDocument } from '../../src/document/schema.js';

/** The layers the reader highlights, each toggled on and off. */
export const LAYERS = ['entities', 'times', 'quotes', 'events'] as const;
export type Layer = (typeof LAYERS)[number];

export interface Mark {
  layer: Layer;
  /** Id of the annotation (entity, time, quote or event). */
  id: string;
  start: number;
  end: number;
  /** Extra class: the entity type, for colour. */
  kind?: string;
}

/** Every highlighted span of a document, one mark per mention, time, quote and evidence span. */
export function marksOf(doc: ReadoutDocument): Mark[] {
  const marks: Mark[] = [];
  for (const e of doc.entities) for (const m of e.mentions) marks.push({ layer: 'entities', id: e.id, start: m.start, end: m.end, kind: e.type });
  for (const t of doc.times) marks.push({ layer: 'times', id: t.id, start: t.start, end: t.end });
  for (const q of doc.quotes) marks.push({ layer: 'quotes', id: q.id, start: q.start, end: q.end });
  for (const ev of doc.events) for (const s of ev.evidence) marks.push({ layer: 'events', id: ev.id, start: s.start, end: s.end });
  return marks.filter((m) => m.start < m.end);
}

/** A run of text with the marks that cover all of it. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts [from, to) at every mark boundary so that overlapping and nested marks all show: each
 * segment lists the marks covering it. Plain runs have no marks. Segments tile [from, to) exactly.
 */
export function segments(marks: Mark[], from: number, to: number): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/** Paragraph ranges to render; the whole text when the document has none. */
export function blocksOf(doc: ReadoutDocument): { start: number; end: number }[] {
  if (doc.paragraphs.length === 0) return doc.text ? [{ start: 0, end: doc.text.length }] : [];
  return doc.paragraphs.map((p) => ({ start: p.start, end: p.end }));
}
