import type Database from 'better-sqlite3';
import type { Entity, ReadoutDocument } from '../document/schema.js';
import { ActorCache } from './actor-cache.js';
import { normName } from './name-key.js';
import { insertRows, stmt } from './prepared.js';

/**
 * One stored actor per knowledge-base entity (`kb:<id>`), per normalised name and country for the
 * entities the text introduced (`name:<name>|<country>`), per CAMEO code for event actors named only
 * by a code (`code:<code>`), and per normalised text for the rest (`text:<text>`).
 */
export function entityActorKey(e: Entity): string {
  if (e.kb) return `kb:${e.kb}`;
  return `name:${normName(e.name)}|${e.actor?.country ?? e.geo?.country ?? ''}`;
}

/** What identifies and codes a stored actor (also the core of a query row). */
export interface ActorFields {
  key: string;
  name: string;
  type: string | null;
  code: string | null;
  country: string | null;
  sector: string | null;
  kb: string | null;
}

/** The actor's rowid, inserting it (and filling fields it lacked) as needed. */
export function upsertActor(db: Database.Database, f: ActorFields, cache: ActorCache = new ActorCache()): number {
  let known = cache.actors.get(f.key);
  if (!known) {
    // insert first: an actor the cache does not know is most often new (one statement, not a look-up and an insert)
    const r = stmt(db, 'INSERT INTO actors (key, name, name_norm, type, code, country, sector, kb) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING')
      .run(f.key, f.name, normName(f.name), f.type, f.code, f.country, f.sector, f.kb);
    known = r.changes === 1
      ? { rowid: Number(r.lastInsertRowid), code: f.code }
      : stmt(db, 'SELECT rowid, code FROM actors WHERE key = ?').get(f.key) as { rowid: number; code: string | null };
    cache.actors.set(f.key, known);
  }
  if (known.code === null && f.code !== null) {
    stmt(db, 'UPDATE actors SET code = ?, country = coalesce(country, ?), sector = coalesce(sector, ?) WHERE rowid = ? AND code IS NULL').run(f.code, f.country, f.sector, known.rowid);
    known.code = f.code;
  }
  return known.rowid;
}

export function addAlias(db: Database.Database, actor: number, alias: string, cache: ActorCache = new ActorCache()): void {
  const row = newAlias(actor, alias, cache);
  if (row) stmt(db, 'INSERT OR IGNORE INTO actor_aliases (actor, alias, alias_norm) VALUES (?, ?, ?)').run(...row);
}

/** The alias row to insert, or null when it is empty or already known in this transaction. */
function newAlias(actor: number, alias: string, cache: ActorCache): [number, string, string] | null {
  const seen = `${actor}\u0000${alias}`;
  if (cache.aliases.has(seen)) return null;
  cache.aliases.add(seen);
  const clean = alias.replace(/\s+/g, ' ').trim();
  return clean ? [actor, clean, normName(clean)] : null;
}

/** Stores the document's entities as actors; returns entity id -> actor rowid. */
export function writeActors(db: Database.Database, doc: ReadoutDocument, article: number, cache: ActorCache = new ActorCache()): Map<string, number> {
  const byEntity = new Map<string, number>();
  const aliases: unknown[][] = [];
  const links: unknown[][] = [];
  for (const e of doc.entities) {
    const actor = upsertActor(db, {
      key: entityActorKey(e), name: e.name, type: e.type,
      code: e.actor?.code ?? null, country: e.actor?.country ?? e.geo?.country ?? null, sector: e.actor?.sector ?? null, kb: e.kb,
    }, cache);
    byEntity.set(e.id, actor);
    let last = '';
    for (let i = -1; i < e.mentions.length; i++) {
      const name = i < 0 ? e.name : e.mentions[i]!.text;
      if (name === last) continue; // a name repeated mention after mention is looked up once
      last = name;
      const row = newAlias(actor, name, cache);
      if (row) aliases.push(row);
    }
    links.push([article, e.id, actor, e.mentions.length]);
  }
  insertRows(db, 'INSERT OR IGNORE INTO actor_aliases (actor, alias, alias_norm)', 3, aliases);
  insertRows(db, 'INSERT OR REPLACE INTO article_actors (article, entity, actor, mentions)', 4, links);
  return byEntity;
}

/** The actor of an event participant: its entity's actor, else one keyed by its CAMEO code, else by its text. */
export function eventActor(
  db: Database.Database,
  p: { entity: string | null; actor: string | null; text: string },
  byEntity: Map<string, number>,
  cache: ActorCache = new ActorCache(),
): number {
  if (p.entity && byEntity.has(p.entity)) return byEntity.get(p.entity)!;
  if (p.actor) {
    const id = upsertActor(db, { key: `code:${p.actor}`, name: p.text || p.actor, type: null, code: p.actor, ...splitCameoActor(p.actor), kb: null }, cache);
    addAlias(db, id, p.text, cache);
    return id;
  }
  const id = upsertActor(db, { key: `text:${normName(p.text)}`, name: p.text, type: null, code: null, country: null, sector: null, kb: null }, cache);
  addAlias(db, id, p.text, cache);
  return id;
}

/** CAMEO actor codes that start with a role or group, not a country (GOV, IGO, REB, ...). */
const NON_COUNTRY = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'HLH', 'LAB', 'LEG', 'AGR', 'ELI', 'ENV', 'REF', 'RAD', 'IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UAF', 'INS', 'SET', 'REL', 'MOD', 'UIS']);

/** Country (first three letters when they are not a role) and sector (the rest) of a CAMEO actor code. */
export function splitCameoActor(code: string): { country: string | null; sector: string | null } {
  const head = code.slice(0, 3).toUpperCase();
  if (NON_COUNTRY.has(head)) return { country: null, sector: code };
  return { country: head, sector: code.length > 3 ? code.slice(3) : null };
}
