import type { Command } from 'commander';
import { Option } from 'commander';
import { ReadoutError } from '../../errors/readout-error.js';
import { getArticle } from '../../store/queries/index.js';
import { summarize } from '../../report/summary.js';
import { openExistingStore, withDbOption } from '../db-option.js';

export function registerArticle(program: Command): void {
  withDbOption(program.command('article').description('print one stored article: the whole document as extracted').argument('<id>', 'article id'))
    .addOption(new Option('--format <format>', 'json: the stored document; summary: a few lines for people').choices(['json', 'summary']).default('json'))
    .action((id: string, opts: { db: string; format: 'json' | 'summary' }) => {
      const db = openExistingStore(opts.db);
      try {
        const got = getArticle(db, id);
        if (!got) throw new ReadoutError('INPUT_NOT_FOUND', 'no stored article with this id', { article: id });
        const a = got.article;
        process.stdout.write(opts.format === 'json'
          ? `${JSON.stringify(got.document, null, 2)}\n`
          : `${summarize(got.document)}\n${a.copyOf ? `  syndicated copy of ${a.copyOf} (similarity ${a.similarity})\n` : ''}`);
      } finally {
        db.close();
      }
    });
}
