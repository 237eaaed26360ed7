import type { Command } from 'commander';
import { Option } from 'commander';
import { dyad, type DyadRow, type Period } from '../../store/queries/index.js';
import { openExistingStore, withDbOption } from '../db-option.js';
import { formatOption, renderRows, type Column, type OutputFormat } from '../output-table.js';

const COLUMNS: Column<DyadRow>[] = [
  { header: 'period', value: (r) => r.period },
  { header: 'events', value: (r) => r.events },
  { header: 'mentions', value: (r) => r.mentions },
  { header: 'goldstein sum', value: (r) => r.goldsteinSum },
  { header: 'goldstein mean', value: (r) => r.goldsteinMean },
];

export function registerDyad(program: Command): void {
  withDbOption(program.command('dyad').description('events between two actors over time: counts, Goldstein sum and mean')
    .argument('<a>', 'first actor: name, code, country or id').argument('<b>', 'second actor'))
    .addOption(new Option('--by <period>', 'period').choices(['day', 'week', 'month', 'year']).default('day'))
    .option('--since <YYYY-MM-DD>', 'first day')
    .option('--until <YYYY-MM-DD>', 'last day')
    .option('--directed', 'only A acting on B (default: both directions)')
    .addOption(formatOption())
    .action((a: string, b: string, opts: { db: string; by: Period; since?: string; until?: string; directed?: boolean; format: OutputFormat }) => {
      const db = openExistingStore(opts.db);
      try {
        process.stdout.write(renderRows(dyad(db, a, b, opts), COLUMNS, opts.format));
      } finally {
        db.close();
      }
    });
}
