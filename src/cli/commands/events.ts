import type { Command } from 'commander';
import { countEvents, findEvents, type EventRow } from '../../store/queries/index.js';
import { openExistingStore, positiveInt, withDbOption } from '../db-option.js';
import { eventFilterFrom, withEventFilters } from '../event-filter-options.js';
import { formatOption, renderRows, type Column, type OutputFormat } from '../output-table.js';

const actor = (a: EventRow['source'] | null) => (a ? `${a.name}${a.code ? ` (${a.code})` : ''}` : '');

export const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'date', value: (r) => r.date },
  { header: 'source', value: (r) => actor(r.source), max: 30 },
  { header: 'code', value: (r) => r.code },
  { header: 'event', value: (r) => r.label, max: 32 },
  { header: 'target', value: (r) => actor(r.target), max: 30 },
  { header: 'quad', value: (r) => r.quadClass },
  { header: 'goldstein', value: (r) => r.goldstein },
  { header: 'plover', value: (r) => r.plover },
  { header: 'place', value: (r) => r.place, max: 20 },
  { header: 'mentions', value: (r) => r.numMentions },
  { header: 'articles', value: (r) => r.numArticles },
  { header: 'sources', value: (r) => r.numSources },
  { header: 'first article', value: (r) => r.firstArticle, max: 24 },
];

export function registerEvents(program: Command): void {
  withEventFilters(withDbOption(program.command('events').description('list stored events (root events across articles), newest first')))
    .addOption(formatOption())
    .option('--limit <n>', 'rows', '100')
    .option('--offset <n>', 'rows to skip', '0')
    .action((opts: Record<string, string | undefined> & { db: string; format: OutputFormat }) => {
      const db = openExistingStore(opts.db);
      try {
        const filter = eventFilterFrom(opts);
        const rows = findEvents(db, filter, { limit: positiveInt('limit', opts.limit, 100), offset: positiveInt('offset', opts.offset, 0) });
        process.stdout.write(renderRows(rows, EVENT_COLUMNS, opts.format));
        if (opts.format === 'table') process.stdout.write(`${rows.length} of ${countEvents(db, filter)} events\n`);
      } finally {
        db.close();
      }
    });
}
