import type { Command } from 'commander';
import { listQuotes, type QuoteRow } from '../../store/queries/index.js';
import { openExistingStore, positiveInt, withDbOption } from '../db-option.js';
import { formatOption, renderRows, type Column, type OutputFormat } from '../output-table.js';

const COLUMNS: Column<QuoteRow>[] = [
  { header: 'published', value: (r) => r.published },
  { header: 'speaker', value: (r) => r.speaker?.name ?? r.speakerText, max: 30 },
  { header: 'kind', value: (r) => r.kind },
  { header: 'quote', value: (r) => r.text, max: 80 },
  { header: 'article', value: (r) => r.article, max: 24 },
];

export function registerQuotes(program: Command): void {
  withDbOption(program.command('quotes').description('list stored quotes, optionally by speaker'))
    .option('--speaker <who>', 'speaker: name, alias, code, country or knowledge-base id')
    .option('--article <id>', 'only quotes from this article')
    .option('--since <YYYY-MM-DD>', 'first publication day')
    .option('--until <YYYY-MM-DD>', 'last publication day')
    .addOption(formatOption())
    .option('--limit <n>', 'rows', '100')
    .action((opts: { db: string; speaker?: string; article?: string; since?: string; until?: string; format: OutputFormat; limit?: string }) => {
      const db = openExistingStore(opts.db);
      try {
        const rows = listQuotes(db, { speaker: opts.speaker, article: opts.article, since: opts.since, until: opts.until, limit: positiveInt('limit', opts.limit, 100) });
        process.stdout.write(renderRows(rows, COLUMNS, opts.format));
      } finally {
        db.close();
      }
    });
}
