import type { Command } from 'commander';
import { reprocessStore } from '../../store/reprocess.js';
import { openExistingStore, withDbOption } from '../db-option.js';
import { extractorFrom, withKnowledgeOptions, type KnowledgeFlags } from '../knowledge-options.js';
import { Progress } from '../progress.js';

export function registerReprocess(program: Command): void {
  // --date and --max-bytes of extract do not apply: stored articles keep the text and date they were read with
  withKnowledgeOptions(withDbOption(program.command('reprocess').description('re-extract stored articles after knowledge-base or pattern changes, updating their events in place')))
    .option('--stale', 'only articles extracted by a different pipeline than the current one')
    .action((opts: KnowledgeFlags & { db: string; stale?: boolean }) => {
      const db = openExistingStore(opts.db);
      try {
        const t0 = performance.now();
        const progress = new Progress();
        const stats = reprocessStore(db, extractorFrom(opts), { staleOnly: Boolean(opts.stale) }, (s, t) => progress.update(s, t));
        progress.end();
        const seconds = (performance.now() - t0) / 1000;
        process.stdout.write(`reprocessed ${stats.stored} articles in ${seconds.toFixed(1)} s; ${stats.mentions} event mentions; ${stats.failed} with errors\n`);
        process.exitCode = stats.failed > 0 ? 1 : 0;
      } finally {
        db.close();
      }
    });
}
