import type { ReadoutDocument, TimeExpr } from '../../document/schema.js';
import type { KnowledgeBase } from '../../kb/compile-kb.js';
import { entryCode } from '../entities/actor-code.js';
import type { EventDate } from './event-context.js';
import type { ActorRef } from './resolve-actors.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day an event's actors are coded on: the start of its time's range ("the 11-day offensive
 * that ended on December 8" began on November 27, while Assad still ruled), else its own day.
 * Null when the event takes the publication date (the entities are already coded for it).
 */
export function codingDay(when: EventDate, times: ReadonlyMap<string, TimeExpr>): string | null {
  if (when.dateSource !== 'time' || !when.time) return null;
  const t = times.get(when.time);
  const from = t?.range?.from;
  return from && DAY.test(from) ? from : when.date;
}

/**
 * An event participant coded on the event's day instead of the article's: only a knowledge-base
 * person or organisation whose code changes over time (roles, dated codes), and only when the
 * participant carries the entry's own code (not one a title, a metonym or the text gave it).
 */
export function actorOnDay<T extends Pick<ActorRef, 'entity' | 'actor'>>(part: T, day: string, doc: Pick<ReadoutDocument, 'entities' | 'article'>, kb: KnowledgeBase, byId: ReadonlyMap<string, ReadoutDocument['entities'][number]>): T {
  if (!part.entity || !part.actor || day === doc.article.published) return part;
  const entity = byId.get(part.entity);
  const entry = entity?.kb ? kb.entries.get(entity.kb) : undefined;
  if (!entity || !entry || (!entry.roles && !entry.codes) || entity.actor?.code !== part.actor) return part;
  if (entryCode(kb, entry, doc.article.published, null).actor?.code !== part.actor) return part;
  const code = entryCode(kb, entry, day, null).actor?.code;
  return code && code !== part.actor ? { ...part, actor: code } : part;
}
