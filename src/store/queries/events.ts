import type Database from 'better-sqlite3';
import { actorPlan, planCount, planRowids } from './actor-events.js';
import { eventWhere, type EventFilter } from './event-filter.js';

/** An event's actor: the stored actor (id, name) with the event's own code (the code of the event's day) and what it says. */
export interface ActorRef {
  id: number;
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

/** One root event: the same (source, target, code, date) from every article that reports it; its actors carry the event's own codes. */
export interface EventRow {
  id: number;
  date: string | null;
  source: ActorRef;
  target: ActorRef | null;
  code: string;
  baseCode: string;
  rootCode: string;
  label: string;
  quadClass: number;
  goldstein: number;
  plover: string | null;
  ploverMode: string | null;
  place: string | null;
  placeCountry: string | null;
  placeFeature: string | null;
  lat: number | null;
  lon: number | null;
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** Id of the first article that reported it, and its URL. */
  firstArticle: string;
  sourceUrl: string | null;
  addedAt: string;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export const EVENT_SELECT = `
  SELECT e.rowid AS id, e.day, e.code, e.base, e.root, e.label, e.quad, e.goldstein, e.plover, e.plover_mode, e.place, e.place_country, e.place_feature,
    e.lat, e.lon, e.num_mentions, e.num_articles, e.num_sources, e.added_at,
    s.rowid AS s_id, s.name AS s_name, e.source_code AS s_code,
    CASE WHEN e.source_code IS NULL THEN s.country ELSE sc.country END AS s_country, CASE WHEN e.source_code IS NULL THEN s.sector ELSE sc.sector END AS s_sector,
    t.rowid AS t_id, t.name AS t_name, e.target_code AS t_code,
    CASE WHEN e.target_code IS NULL THEN t.country ELSE tc.country END AS t_country, CASE WHEN e.target_code IS NULL THEN t.sector ELSE tc.sector END AS t_sector,
    a.id AS article_id, a.url AS article_url
  FROM events e JOIN actors s ON s.rowid = e.source LEFT JOIN actors t ON t.rowid = e.target JOIN articles a ON a.rowid = e.first_article
    LEFT JOIN actor_codes sc ON sc.code = e.source_code LEFT JOIN actor_codes tc ON tc.code = e.target_code`;

export function dayString(day: number | null): string | null {
  if (day === null) return null;
  const s = String(day).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

type Raw = Record<string, unknown>;

export function toEventRow(r: Raw): EventRow {
  return {
    id: r.id as number, date: dayString(r.day as number | null),
    source: { id: r.s_id as number, name: r.s_name as string, code: r.s_code as string | null, country: r.s_country as string | null, sector: r.s_sector as string | null },
    target: r.t_id === null ? null : { id: r.t_id as number, name: r.t_name as string, code: r.t_code as string | null, country: r.t_country as string | null, sector: r.t_sector as string | null },
    code: r.code as string, baseCode: r.base as string, rootCode: r.root as string, label: r.label as string,
    quadClass: r.quad as number, goldstein: r.goldstein as number, plover: r.plover as string | null, ploverMode: r.plover_mode as string | null,
    place: r.place as string | null, placeCountry: r.place_country as string | null, placeFeature: r.place_feature as string | null, lat: r.lat as number | null, lon: r.lon as number | null,
    numMentions: r.num_mentions as number, numArticles: r.num_articles as number, numSources: r.num_sources as number,
    firstArticle: r.article_id as string, sourceUrl: r.article_url as string | null, addedAt: r.added_at as string,
  };
}

/** Events matching the filter, newest first. */
export function findEvents(db: Database.Database, filter: EventFilter = {}, page: Page = {}): EventRow[] {
  const limit = page.limit ?? 100;
  const plan = limit >= 0 ? actorPlan(db, filter) : null;
  if (plan) {
    const offset = page.offset ?? 0;
    const ids = planRowids(db, plan, limit + offset).slice(offset);
    if (ids.length === 0) return [];
    const rows = (db.prepare(`${EVENT_SELECT} WHERE e.rowid IN (${ids.map(() => '?').join(',')})`).all(...ids) as Raw[]).map(toEventRow);
    const order = new Map(ids.map((id, i) => [id, i]));
    return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  const w = eventWhere(db, filter);
  if (w.empty) return [];
  const sql = `${EVENT_SELECT} ${w.sql} ORDER BY e.day DESC, e.rowid DESC LIMIT ? OFFSET ?`;
  return (db.prepare(sql).all(...w.params, limit < 0 ? -1 : limit, page.offset ?? 0) as Raw[]).map(toEventRow);
}

/** How many events match the filter. */
export function countEvents(db: Database.Database, filter: EventFilter = {}): number {
  const plan = actorPlan(db, filter);
  if (plan) return planCount(db, plan);
  const w = eventWhere(db, filter);
  if (w.empty) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM events e ${w.sql}`).get(...w.params) as { n: number }).n;
}

/** Every event matching the filter, oldest first, one at a time (for exports). */
export function* iterateEvents(db: Database.Database, filter: EventFilter = {}): Generator<EventRow> {
  const w = eventWhere(db, filter);
  if (w.empty) return;
  for (const r of db.prepare(`${EVENT_SELECT} ${w.sql} ORDER BY e.rowid`).iterate(...w.params)) yield toEventRow(r as Raw);
}

/** One mention of an event: the article, sentence and evidence spans that report it. */
export interface MentionRow {
  id: number;
  event: number;
  article: string;
  articleUrl: string | null;
  articleSource: string | null;
  published: string | null;
  eventId: string;
  sentenceId: string;
  sentenceIndex: number | null;
  start: number;
  end: number;
  evidence: { start: number; end: number }[];
  sourceText: string | null;
  targetText: string | null;
  sourceStart: number | null;
  targetStart: number | null;
  /** The codes this mention gives the source and target (the root event shows those most mentions give). */
  sourceCode: string | null;
  targetCode: string | null;
  modality: string;
  confidence: number;
  rule: string;
  viaCopy: boolean;
  sentence: string;
  docLength: number;
}

const MENTION_SELECT = `
  SELECT m.*, a.id AS article_id, a.url AS article_url, a.source AS article_source, a.published, a.text_length, mt.text AS sentence
  FROM event_mentions m JOIN articles a ON a.rowid = m.article JOIN mention_text mt ON mt.rowid = m.rowid`;

function toMention(r: Raw): MentionRow {
  return {
    id: r.rowid as number, event: r.event as number, article: r.article_id as string, articleUrl: r.article_url as string | null,
    articleSource: r.article_source as string | null, published: r.published as string | null, eventId: r.event_id as string,
    sentenceId: r.sentence_id as string, sentenceIndex: r.sentence_index as number | null, start: r.start as number, end: r.end as number,
    evidence: JSON.parse(r.evidence as string) as { start: number; end: number }[], sourceText: r.source_text as string | null,
    targetText: r.target_text as string | null, sourceStart: r.source_start as number | null, targetStart: r.target_start as number | null,
    sourceCode: r.source_code as string | null, targetCode: r.target_code as string | null,
    modality: r.modality as string, confidence: r.confidence as number, rule: r.rule as string, viaCopy: r.via_copy === 1,
    sentence: r.sentence as string, docLength: r.text_length as number,
  };
}

/** The evidence for one event: every mention, in the order stored. */
export function eventMentions(db: Database.Database, event: number): MentionRow[] {
  return (db.prepare(`${MENTION_SELECT} WHERE m.event = ? ORDER BY m.rowid`).all(event) as Raw[]).map(toMention);
}

/** Every mention of the events matching the filter (for the GDELT mentions export). */
export function* iterateMentions(db: Database.Database, filter: EventFilter = {}): Generator<MentionRow> {
  const w = eventWhere(db, filter);
  if (w.empty) return;
  const sql = `${MENTION_SELECT} WHERE m.event IN (SELECT e.rowid FROM events e ${w.sql}) ORDER BY m.event, m.rowid`;
  for (const r of db.prepare(sql).iterate(...w.params)) yield toMention(r as Raw);
}
