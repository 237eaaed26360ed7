import type Database from 'better-sqlite3';
import { csvCell } from './csv-cell.js';
import { iterateEvents, type EventRow } from '../queries/events.js';
import type { EventFilter } from '../queries/event-filter.js';

const COLUMNS: [string, (e: EventRow) => unknown][] = [
  ['id', (e) => e.id], ['date', (e) => e.date],
  ['source_name', (e) => e.source.name], ['source_code', (e) => e.source.code], ['source_country', (e) => e.source.country], ['source_sector', (e) => e.source.sector],
  ['target_name', (e) => e.target?.name], ['target_code', (e) => e.target?.code], ['target_country', (e) => e.target?.country], ['target_sector', (e) => e.target?.sector],
  ['cameo_code', (e) => e.code], ['cameo_root', (e) => e.rootCode], ['label', (e) => e.label], ['quad_class', (e) => e.quadClass],
  ['goldstein', (e) => e.goldstein], ['plover_type', (e) => e.plover], ['plover_mode', (e) => e.ploverMode],
  ['place', (e) => e.place], ['place_country', (e) => e.placeCountry], ['lat', (e) => e.lat], ['lon', (e) => e.lon],
  ['num_mentions', (e) => e.numMentions], ['num_articles', (e) => e.numArticles], ['num_sources', (e) => e.numSources],
  ['first_article', (e) => e.firstArticle], ['source_url', (e) => e.sourceUrl], ['added_at', (e) => e.addedAt],
];

/** Events as CSV with a header row: one root event a line, its actors with the event's own codes. */
export function* eventsCsv(db: Database.Database, filter: EventFilter): Generator<string> {
  yield `${COLUMNS.map(([h]) => h).join(',')}\n`;
  for (const e of iterateEvents(db, filter)) yield `${COLUMNS.map(([, f]) => csvCell(f(e))).join(',')}\n`;
}
