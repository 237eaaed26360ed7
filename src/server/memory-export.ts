import type { EventRow } from './read-model.js';

function csvCell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS: [string, (r: EventRow) => string | number | null][] = [
  ['id', (r) => r.id], ['article', (r) => r.article], ['date', (r) => r.date],
  ['source', (r) => r.source.name], ['source_code', (r) => r.source.code],
  ['target', (r) => r.target?.name ?? null], ['target_code', (r) => r.target?.code ?? null],
  ['cameo', (r) => r.code], ['label', (r) => r.label], ['root', (r) => r.root], ['quad_class', (r) => r.quadClass],
  ['goldstein', (r) => r.goldstein], ['plover', (r) => r.plover], ['place', (r) => r.place?.name ?? null],
  ['lat', (r) => r.place?.lat ?? null], ['lon', (r) => r.place?.lon ?? null], ['confidence', (r) => r.confidence], ['text', (r) => r.text],
];

/** Events as CSV with a header row. */
export function eventsCsv(rows: EventRow[]): string {
  const head = CSV_COLUMNS.map(([n]) => n).join(',');
  return `${[head, ...rows.map((r) => CSV_COLUMNS.map(([, f]) => csvCell(f(r))).join(','))].join('\n')}\n`;
}

/** Events as POLECAT-style JSONL (one event a line). */
export function ploverJsonl(rows: EventRow[]): string {
  return rows.map((r) => JSON.stringify({
    event_id: r.id, story_date: r.date, event_type: r.plover, cameo: r.code,
    actor: r.source.name, actor_code: r.source.code, recipient: r.target?.name ?? null, recipient_code: r.target?.code ?? null,
    location: r.place ? { name: r.place.name, lat: r.place.lat, lon: r.place.lon, country: r.place.country } : null, text: r.text,
  })).map((l) => `${l}\n`).join('');
}
