import type { Entity, ReadoutDocument, ReadoutEvent } from '../document/schema.js';
import type { ActorRef, EventFilter, EventRow, PlaceRef } from './read-model.js';

function actorRef(part: ReadoutEvent['source'] | null, byId: Map<string, Entity>): ActorRef | null {
  if (!part) return null;
  const entity = part.entity ? byId.get(part.entity) : undefined;
  return {
    name: entity?.name ?? part.text,
    code: entity?.actor?.code ?? part.actor ?? null,
    country: entity?.actor?.country ?? null,
  };
}

function placeRef(id: string | null, byId: Map<string, Entity>): PlaceRef | null {
  const entity = id ? byId.get(id) : undefined;
  if (!entity) return null;
  return { name: entity.name, lat: entity.geo?.lat ?? null, lon: entity.geo?.lon ?? null, country: entity.geo?.country ?? null };
}

/** The events of one document as flat rows. */
export function eventRows(doc: ReadoutDocument): EventRow[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const sentences = new Map(doc.sentences.map((s) => [s.id, s]));
  return doc.events.map((ev) => {
    const sentence = sentences.get(ev.sentence);
    const first = ev.evidence[0]!;
    return {
      id: `${doc.article.id}/${ev.id}`,
      article: doc.article.id,
      event: ev.id,
      date: ev.date ?? doc.article.published,
      code: ev.cameo.code,
      label: ev.cameo.label,
      root: ev.cameo.root,
      quadClass: ev.cameo.quadClass,
      goldstein: ev.cameo.goldstein,
      plover: ev.plover?.type ?? null,
      source: actorRef(ev.source, byId)!,
      target: actorRef(ev.target, byId),
      place: placeRef(ev.location, byId),
      text: sentence ? doc.text.slice(sentence.start, sentence.end) : doc.text.slice(first.start, first.end),
      confidence: ev.confidence,
      mentions: 1,
      articles: 1,
    };
  });
}

function matchesActor(a: ActorRef | null, q: string): boolean {
  if (!a) return false;
  const needle = q.toLowerCase();
  return a.name.toLowerCase().includes(needle) || a.code?.toLowerCase() === needle || a.country?.toLowerCase() === needle;
}

/** The CLI's event filters applied to one row (the memory model's query; the store does it in SQL). */
export function rowMatches(row: EventRow, f: EventFilter): boolean {
  if (f.article && row.article !== f.article) return false;
  if (f.actor && !matchesActor(row.source, f.actor) && !matchesActor(row.target, f.actor)) return false;
  if (f.source && !matchesActor(row.source, f.source)) return false;
  if (f.target && !matchesActor(row.target, f.target)) return false;
  if (f.code && (f.code.endsWith('*') ? !row.code.startsWith(f.code.slice(0, -1)) : row.code !== f.code)) return false;
  if (f.root && row.root !== f.root) return false;
  if (f.plover && row.plover?.toLowerCase() !== f.plover.toLowerCase()) return false;
  if (f.quad && row.quadClass !== f.quad) return false;
  if (f.since && (!row.date || row.date < f.since)) return false;
  if (f.until && (!row.date || row.date > f.until)) return false;
  if (f.place && !row.place?.name.toLowerCase().includes(f.place.toLowerCase()) && row.place?.country?.toLowerCase() !== f.place.toLowerCase()) return false;
  if (f.text && !row.text.toLowerCase().includes(f.text.toLowerCase())) return false;
  return true;
}

const SORT_KEYS: Record<NonNullable<EventFilter['sort']>, (r: EventRow) => string | number> = {
  date: (r) => r.date ?? '',
  code: (r) => r.code,
  goldstein: (r) => r.goldstein,
  source: (r) => r.source.name.toLowerCase(),
  target: (r) => r.target?.name.toLowerCase() ?? '',
};

export function sortRows(rows: EventRow[], f: EventFilter): EventRow[] {
  const key = SORT_KEYS[f.sort ?? 'date'];
  const dir = f.order === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1) * dir;
  });
}

/** The bucket a day falls into: the day itself, the Monday of its ISO week, or its month. */
export function periodOf(day: string, by: 'day' | 'week' | 'month'): string {
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}
