import type Database from 'better-sqlite3';
import type { ReadoutDocument, ReadoutEvent } from '../document/schema.js';
import { ActorCache } from './actor-cache.js';
import { participantCode, rememberCode } from './event-actor-codes.js';
import { eventActor } from './write-actors.js';
import { stmt } from './prepared.js';

export interface EventWriteResult {
  /** Root events this article's mentions point at. */
  events: Set<number>;
  /** Those of them this article created (their counts are already right). */
  created: Set<number>;
  mentions: number;
  /** Events of a syndicated copy that matched none of its original's events (not stored). */
  unmatched: number;
}

/** YYYY-MM-DD -> YYYYMMDD as an integer (GDELT's Day), or null. */
export function dayNumber(date: string | null): number | null {
  return date ? Number(date.replaceAll('-', '')) : null;
}

/**
 * Stores the document's events: each event neither negated nor asked about (a question) is a mention of a root event keyed by
 * (source actor, target actor, CAMEO code, date), so the same event told by several articles is one
 * root event with several mentions. A syndicated copy adds mentions only to root events its original
 * already has: it is another source of the same events, never new ones.
 */
export function writeEvents(
  db: Database.Database,
  doc: ReadoutDocument,
  article: number,
  byEntity: Map<string, number>,
  copyOf: number | null,
  now: string,
  actors: ActorCache = new ActorCache(),
): EventWriteResult {
  const result: EventWriteResult = { events: new Set(), created: new Set(), mentions: 0, unmatched: 0 };
  const sentences = new Map(doc.sentences.map((s, i) => [s.id, { s, i }]));
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  // an event id told twice keeps its last event (one mention per article and event id)
  const last = new Map(doc.events.map((ev) => [ev.id, ev]));
  const keyed = doc.events.filter((ev) => !ev.negated && !ev.question && last.get(ev.id) === ev).map((ev) => {
    const source = eventActor(db, ev.source, byEntity, actors);
    const target = ev.target ? eventActor(db, ev.target, byEntity, actors) : null;
    const day = dayNumber(ev.date ?? doc.article.published);
    // the event's own codes (those of its day); the key stays on the actor rows: see ARCHITECTURE.md, "The store"
    const sourceCode = participantCode(ev.source, entities);
    const targetCode = ev.target ? participantCode(ev.target, entities) : null;
    if (sourceCode) rememberCode(db, sourceCode, actors);
    if (targetCode) rememberCode(db, targetCode, actors);
    const codes = { source: sourceCode?.code ?? null, target: targetCode?.code ?? null };
    return { ev, source, target, day, codes, key: `${source}|${target ?? ''}|${ev.cameo.code}|${day ?? ''}` };
  });
  const mentionsOf = new Map<string, number>();
  for (const k of keyed) mentionsOf.set(k.key, (mentionsOf.get(k.key) ?? 0) + 1);
  const actorCounts = new Map<number, { source: number; target: number }>();
  const count = (actor: number, role: 'source' | 'target') => {
    const c = actorCounts.get(actor) ?? { source: 0, target: 0 };
    c[role]++;
    actorCounts.set(actor, c);
  };
  for (const { ev, source, target, day, codes, key } of keyed) {
    let root = (stmt(db, 'SELECT rowid FROM events WHERE key = ?').get(key) as { rowid: number } | undefined)?.rowid;
    if (root === undefined && copyOf !== null) {
      root = (stmt(db, `SELECT e.rowid FROM events e JOIN event_mentions m ON m.event = e.rowid
        WHERE m.article = ? AND e.source = ? AND e.target IS ? AND e.code = ? LIMIT 1`).get(copyOf, source, target, ev.cameo.code) as { rowid: number } | undefined)?.rowid;
      if (root === undefined) {
        result.unmatched++;
        continue;
      }
    }
    if (root === undefined) {
      // a new root event: only this article's mentions point at it, so its counts are known now
      root = insertRoot(db, ev, key, source, target, codes, day, article, now, entities, mentionsOf.get(key)!);
      result.created.add(root);
      count(source, 'source');
      if (target !== null) count(target, 'target');
    }
    const sentence = sentences.get(ev.sentence);
    const start = Math.min(...ev.evidence.map((e) => e.start));
    const end = Math.max(...ev.evidence.map((e) => e.end));
    const offsetOf = (entity: string | null | undefined): number | null => {
      const e = entity ? entities.get(entity) : undefined;
      if (!e || e.mentions.length === 0) return null;
      const inSentence = sentence ? e.mentions.find((m) => m.start >= sentence.s.start && m.end <= sentence.s.end) : undefined;
      return (inSentence ?? e.mentions[0]!).start;
    };
    // a plain INSERT: the article's earlier mentions are gone (removeDerived) and each event id comes
    // once (`last`), so nothing conflicts; OR REPLACE would make SQLite keep a statement journal
    // for every row, since a replaced row moves the foreign-key counters (about a tenth of the write)
    const r = stmt(db, `INSERT INTO event_mentions (event, article, event_id, sentence_id, sentence_index, start, end, evidence,
        source_text, target_text, source_start, target_start, negated, modality, quote_id, confidence, rule, via_copy, source_code, target_code)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      root, article, ev.id, ev.sentence, sentence ? sentence.i + 1 : null, start, end, JSON.stringify(ev.evidence),
      ev.source.text, ev.target?.text ?? null, offsetOf(ev.source.entity), offsetOf(ev.target?.entity), ev.negated ? 1 : 0, ev.modality,
      ev.quote, ev.confidence, ev.rule, copyOf !== null ? 1 : 0, codes.source, codes.target,
    );
    const text = sentence ? doc.text.slice(sentence.s.start, sentence.s.end) : doc.text.slice(start, end);
    stmt(db, 'INSERT INTO mention_text (rowid, text) VALUES (?, ?)').run(r.lastInsertRowid, text);
    result.events.add(root);
    result.mentions++;
  }
  const bump = stmt(db, 'UPDATE actors SET n_source = n_source + ?, n_target = n_target + ? WHERE rowid = ?');
  for (const [actor, c] of actorCounts) bump.run(c.source, c.target, actor);
  return result;
}

function insertRoot(
  db: Database.Database, ev: ReadoutEvent, key: string, source: number, target: number | null,
  codes: { source: string | null; target: string | null }, day: number | null,
  article: number, now: string, entities: Map<string, ReadoutDocument['entities'][number]>, mentions: number,
): number {
  const place = ev.location ? entities.get(ev.location) : undefined;
  const code = ev.cameo.code;
  const r = stmt(db, `INSERT INTO events (key, source, target, code, base, root, label, quad, goldstein, plover, plover_mode, day,
      place, place_country, lat, lon, place_feature, num_mentions, num_articles, num_sources, first_article, added_at, source_code, target_code)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?)`).run(
    key, source, target, code, code.slice(0, 3), ev.cameo.root, ev.cameo.label, ev.cameo.quadClass, ev.cameo.goldstein,
    ev.plover?.type ?? null, ev.plover?.mode ?? null, day,
    place?.name ?? ev.location ?? null, place?.geo?.country ?? place?.actor?.country ?? null, place?.geo?.lat ?? null, place?.geo?.lon ?? null,
    place?.geo?.feature ?? null, mentions, article, now, codes.source, codes.target,
  );
  return Number(r.lastInsertRowid);
}
