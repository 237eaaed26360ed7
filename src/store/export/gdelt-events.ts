import type Database from 'better-sqlite3';
import { splitCameoActor } from '../write-actors.js';
import { iterateEvents, iterateMentions, type ActorRef, type EventRow, type MentionRow } from '../queries/events.js';
import type { EventFilter } from '../queries/event-filter.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.js';

type Cell = string | number | null | undefined;

/** A tab-separated line: tabs and newlines inside values become spaces; unknown values are empty. */
export function tsvLine(cells: Cell[]): string {
  return `${cells.map((c) => (c === null || c === undefined ? '' : String(c).replace(/[\t\r\n]+/g, ' '))).join('\t')}\n`;
}

/** GDELT's FractionDate: year plus the share of the year completed by that day, four decimals. */
export function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
  const daysInYear = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86400000;
  return (y + dayOfYear / daysInYear).toFixed(4);
}

/** ISO time -> YYYYMMDDHHMMSS. */
export function gdeltTimestamp(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14);
}

/** Actor columns from the event's own code (the code of the event's day), not the stored actor's latest. */
function actorCells(a: ActorRef | null): Cell[] {
  if (!a) return Array(10).fill(null);
  const code = a.code ?? '';
  const { country } = code ? splitCameoActor(code) : { country: a.country };
  const roles = code.slice(country ? 3 : 0).match(/.{3}/g) ?? [];
  return [code || null, a.name.toUpperCase(), country ?? a.country, null, null, null, null, roles[0], roles[1], roles[2]];
}

/** GDELT geo type: 1 country, 4 world city, 5 world state/region; null when there is no place. */
function geoType(feature: string | null, place: string | null): number | null {
  if (!place) return null;
  if (!feature) return 5;
  if (/country/i.test(feature)) return 1;
  if (/city|town|village|populated|ppl/i.test(feature)) return 4;
  return 5;
}

export function gdeltEventCells(e: EventRow, isRoot: boolean): Cell[] {
  const date = e.date;
  const cells: Cell[] = [
    e.id, date?.replaceAll('-', ''), date?.slice(0, 7).replace('-', ''), date?.slice(0, 4), date ? fractionDate(date) : null,
    ...actorCells(e.source), ...actorCells(e.target),
    isRoot ? 1 : 0, e.code, e.baseCode, e.rootCode, e.quadClass, e.goldstein,
    e.numMentions, e.numSources, e.numArticles, null,
    ...Array(16).fill(null),
    geoType(e.placeFeature, e.place), e.place, null, null, null, e.lat, e.lon, null,
    gdeltTimestamp(e.addedAt), e.sourceUrl ?? `readout:article/${e.firstArticle}`,
  ];
  return cells;
}

/** The GDELT 2.0 event table for the events matching the filter; `header` adds a first line of column names. */
export function* gdeltEvents(db: Database.Database, filter: EventFilter, header: boolean): Generator<string> {
  if (header) yield tsvLine([...GDELT_EVENT_COLUMNS]);
  const lead = db.prepare('SELECT min(sentence_index) AS first FROM event_mentions WHERE event = ?');
  for (const e of iterateEvents(db, filter)) {
    const first = (lead.get(e.id) as { first: number | null }).first;
    yield tsvLine(gdeltEventCells(e, first !== null && first <= 2));
  }
}

function mentionCells(m: MentionRow, eventAdded: Map<number, string>): Cell[] {
  const source = m.articleSource ?? (m.articleUrl ? safeHost(m.articleUrl) : null);
  return [
    m.event, eventAdded.get(m.event), m.published ? `${m.published.replaceAll('-', '')}000000` : null,
    m.articleUrl ? 1 : 2, source, m.articleUrl ?? m.article,
    m.sentenceIndex, m.sourceStart ?? -1, m.targetStart ?? -1, m.start, 1, Math.round(m.confidence * 100),
    m.docLength, null, null, null,
  ];
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The GDELT 2.0 mentions table: one line per article that mentions each event. */
export function* gdeltMentions(db: Database.Database, filter: EventFilter, header: boolean): Generator<string> {
  if (header) yield tsvLine([...GDELT_MENTION_COLUMNS]);
  const added = db.prepare('SELECT added_at FROM events WHERE rowid = ?');
  const cache = new Map<number, string>();
  for (const m of iterateMentions(db, filter)) {
    if (!cache.has(m.event)) {
      cache.clear();
      cache.set(m.event, gdeltTimestamp((added.get(m.event) as { added_at: string }).added_at));
    }
    yield tsvLine(mentionCells(m, cache));
  }
}
