import type { Command } from 'commander';
import { listActors, type ActorRow } from '../../store/queries/index.js';
import { openExistingStore, positiveInt, withDbOption } from '../db-option.js';
import { formatOption, renderRows, type Column, type OutputFormat } from '../output-table.js';

const COLUMNS: Column<ActorRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (r) => r.name, max: 30 },
  { header: 'type', value: (r) => r.type },
  { header: 'code', value: (r) => r.code },
  { header: 'country', value: (r) => r.country },
  { header: 'kb', value: (r) => r.kb, max: 24 },
  { header: 'articles', value: (r) => r.articles },
  { header: 'mentions', value: (r) => r.mentions },
  { header: 'events', value: (r) => r.events },
  { header: 'aliases', value: (r) => r.aliases.join('; '), max: 50 },
];

export function registerActors(program: Command): void {
  withDbOption(program.command('actors').description('list stored actors with their aliases and counts, most-mentioned first'))
    .option('--search <term>', 'name, alias, code, country or knowledge-base id')
    .addOption(formatOption())
    .option('--limit <n>', 'rows', '100')
    .action((opts: { db: string; search?: string; format: OutputFormat; limit?: string }) => {
      const db = openExistingStore(opts.db);
      try {
        process.stdout.write(renderRows(listActors(db, { search: opts.search, limit: positiveInt('limit', opts.limit, 100) }), COLUMNS, opts.format));
      } finally {
        db.close();
      }
    });
}
