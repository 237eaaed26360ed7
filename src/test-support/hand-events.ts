import { expect } from 'vitest';
import { checkSpans } from '../document/span-check.js';
import { documentSchema, type ReadoutEvent } from '../document/schema.js';
import type { PipelineContext } from '../pipeline/context.js';
import { extractEvents } from '../stages/events/events-stage.js';
import { handDocument, type HandActor } from './hand-layers.js';

/** The events of a hand-made document (published 2024-12-30 unless told), its spans and schema checked. */
export function handEvents(ctx: PipelineContext, text: string, actors: HandActor[], opts: Parameters<typeof handDocument>[3] = {}): ReadoutEvent[] {
  const doc = handDocument(ctx, text, actors, { date: '2024-12-30', ...opts });
  doc.events = extractEvents(doc, ctx);
  expect(checkSpans(doc)).toEqual([]);
  expect(documentSchema.safeParse(doc).success).toBe(true);
  return doc.events;
}

/** "code SRC>TGT" per event. */
export const eventSummary = (es: ReadoutEvent[]) => es.map((e) => `${e.cameo.code} ${e.source.actor}>${e.target?.actor ?? '-'}`);
