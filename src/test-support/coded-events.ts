import type { ReadoutEvent } from '../document/schema.js';
import type { PipelineContext } from '../pipeline/context.js';
import { extractEvents } from '../stages/events/events-stage.js';
import { handDocument, type HandActor } from './hand-layers.js';

/** An actor named by these words in a hand-made document. */
export const handActor = (names: string[], code: string): HandActor => ({ names, code });

/** The events of one hand-made sentence (published 2025-03-01), negated ones left out, as "code PLOVER source>target". */
export function codedEvents(ctx: PipelineContext, text: string, actors: HandActor[]): string[] {
  const doc = handDocument(ctx, text, actors, { date: '2025-03-01' });
  return extractEvents(doc, ctx).filter((e: ReadoutEvent) => !e.negated).map((e) => `${e.cameo.code} ${e.plover?.type ?? '-'} ${e.source.actor}>${e.target?.actor ?? '-'}`);
}
