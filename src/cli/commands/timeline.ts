import type { Command } from 'commander';
import { Option } from 'commander';
import { timeline, type Period, type TimelineRow } from '../../store/queries/index.js';
import { openExistingStore, withDbOption } from '../db-option.js';
import { eventFilterFrom, withEventFilters } from '../event-filter-options.js';
import { formatOption, renderRows, type Column, type OutputFormat } from '../output-table.js';

const COLUMNS: Column<TimelineRow>[] = [
  { header: 'period', value: (r) => r.period },
  { header: 'events', value: (r) => r.events },
  { header: 'mentions', value: (r) => r.mentions },
  { header: 'verbal coop', value: (r) => r.quad1 },
  { header: 'material coop', value: (r) => r.quad2 },
  { header: 'verbal conflict', value: (r) => r.quad3 },
  { header: 'material conflict', value: (r) => r.quad4 },
  { header: 'goldstein mean', value: (r) => r.goldsteinMean },
];

export function registerTimeline(program: Command): void {
  withEventFilters(withDbOption(program.command('timeline').description('events over time by quad class (any event filter)')))
    .addOption(new Option('--by <period>', 'period').choices(['day', 'week', 'month', 'year']).default('day'))
    .addOption(formatOption())
    .action((opts: Record<string, string | undefined> & { db: string; by: Period; format: OutputFormat }) => {
      const db = openExistingStore(opts.db);
      try {
        process.stdout.write(renderRows(timeline(db, eventFilterFrom(opts), opts.by), COLUMNS, opts.format));
      } finally {
        db.close();
      }
    });
}
