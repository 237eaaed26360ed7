import type Database from 'better-sqlite3';
import type { Entity } from '../document/schema.js';
import type { ActorCache } from './actor-cache.js';
import { stmt } from './prepared.js';
import { splitCameoActor } from './write-actors.js';

/** An actor code with what it says: country and sector (a row of `actor_codes`). */
export interface CodeMeaning {
  code: string;
  country: string | null;
  sector: string | null;
}

/**
 * The event participant's own code (the code of the event's day, which may differ from the
 * entity's code for the article's date) with its country and sector: the entity's when the codes
 * agree, else read from the code (country, then the first sector: SYRGOV -> SYR, GOV; AFGGOVTAL -> AFG, GOV;
 * IGOUNO -> no country, IGO).
 */
export function participantCode(p: { entity: string | null; actor: string | null }, entities: ReadonlyMap<string, Entity>): CodeMeaning | null {
  if (!p.actor) return null;
  const e = p.entity ? entities.get(p.entity) : undefined;
  if (e?.actor && e.actor.code === p.actor) return { code: p.actor, country: e.actor.country ?? e.geo?.country ?? null, sector: e.actor.sector ?? null };
  const { country, sector } = splitCameoActor(p.actor);
  return { code: p.actor, country, sector: sector ? sector.slice(0, 3) : null };
}

/** Records what a code means the first time the store meets it (the first meaning stays). */
export function rememberCode(db: Database.Database, c: CodeMeaning, cache: ActorCache): void {
  if (cache.codes.has(c.code)) return;
  cache.codes.add(c.code);
  stmt(db, 'INSERT OR IGNORE INTO actor_codes (code, country, sector) VALUES (?, ?, ?)').run(c.code, c.country, c.sector);
}
