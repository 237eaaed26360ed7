import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { ingestInputs } from '../../store/ingest-run.js';
import { openStore } from '../../store/open-store.js';
import { DirectoryWatch, parseInterval } from '../../store/watch-source.js';
import { withDbOption } from '../db-option.js';
import { withIngestOptions } from '../ingest-options.js';
import { extractorFrom, withKnowledgeOptions } from '../knowledge-options.js';
import { readOptionsFrom, withFetchOptions, type FetchFlags } from './ingest.js';

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function registerWatch(program: Command): void {
  withFetchOptions(withDbOption(withKnowledgeOptions(withIngestOptions(
    program
      .command('watch')
      .description('ingest what is new in a directory or feed (file or URL), again every interval, until stopped')
      .argument('<source>', 'a directory, or an RSS/Atom feed file or URL'),
  ))))
    .option('--every <interval>', 'how often to look: 30s, 5m, 1h', '5m')
    .option('--once', 'look once and exit')
    .action(async (source: string, opts: FetchFlags & { db: string; every: string; once?: boolean }) => {
      const every = parseInterval(opts.every);
      const db = openStore(opts.db);
      const extractor = extractorFrom(opts);
      const known = db.prepare('SELECT 1 FROM articles WHERE id = ?');
      const options = { ...readOptionsFrom(opts), skipId: (id: string) => known.get(id) !== undefined };
      const dir = isDirectory(source) ? new DirectoryWatch(source) : null;
      let stop = false;
      let wake: (() => void) | null = null;
      const onSignal = () => {
        stop = true;
        wake?.();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let failedAny = false;
      try {
        while (!stop) {
          const inputs = dir ? dir.changed() : [source];
          if (inputs.length > 0) {
            const r = await ingestInputs(db, extractor, inputs, options);
            failedAny ||= r.failed > 0;
            process.stdout.write(`${new Date().toISOString().slice(0, 19).replace('T', ' ')}  ${r.stored} new or changed, ${r.unchanged} unchanged, ${r.failed} failed\n`);
          }
          if (opts.once) break;
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, every);
          });
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        db.close();
      }
      process.exitCode = failedAny ? 1 : 0;
    });
}
