import type { Command } from 'commander';
import { listErrors, type ErrorRow } from '../../store/queries/index.js';
import { openExistingStore, positiveInt, withDbOption } from '../db-option.js';
import { formatOption, renderRows, type Column, type OutputFormat } from '../output-table.js';

const COLUMNS: Column<ErrorRow>[] = [
  { header: 'last seen', value: (r) => r.lastAt.slice(0, 19).replace('T', ' ') },
  { header: 'input', value: (r) => (r.line ? `${r.input}:${r.line}` : r.input), max: 50 },
  { header: 'article', value: (r) => r.article },
  { header: 'stage', value: (r) => r.stage },
  { header: 'code', value: (r) => r.code },
  { header: 'reason', value: (r) => r.message, max: 70 },
  { header: 'seen', value: (r) => r.seen },
];

export function registerErrors(program: Command): void {
  withDbOption(program.command('errors').description('list the inputs and articles that failed (source, reason, time)'))
    .addOption(formatOption())
    .option('--limit <n>', 'rows', '100')
    .action((opts: { db: string; format: OutputFormat; limit?: string }) => {
      const db = openExistingStore(opts.db);
      try {
        process.stdout.write(renderRows(listErrors(db, { limit: positiveInt('limit', opts.limit, 100) }), COLUMNS, opts.format));
      } finally {
        db.close();
      }
    });
}
