import type { Command } from 'commander';
import { ExtractorPool } from '../../extract/extractor-pool.js';
import { ingestInputs } from '../../store/ingest-run.js';
import { openStore } from '../../store/open-store.js';
import type { ReadOptions } from '../../store/sources/read-inputs.js';
import { positiveInt, withDbOption } from '../db-option.js';
import { ingestOptionsFrom, withIngestOptions } from '../ingest-options.js';
import { extractorFrom, withKnowledgeOptions, type KnowledgeFlags } from '../knowledge-options.js';
import { ingestSummary, Progress } from '../progress.js';

export interface FetchFlags extends KnowledgeFlags {
  date?: string;
  maxBytes?: string;
  timeout?: string;
  maxRedirects?: string;
}

export function withFetchOptions(cmd: Command): Command {
  return cmd
    .option('--timeout <ms>', 'timeout of each HTTP(S) request', '15000')
    .option('--max-redirects <n>', 'redirects followed for each URL', '5');
}

export function readOptionsFrom(opts: FetchFlags): ReadOptions {
  const base = ingestOptionsFrom(opts);
  return { ...base, fetch: { timeoutMs: positiveInt('timeout', opts.timeout, 15000), maxRedirects: positiveInt('max-redirects', opts.maxRedirects, 5), maxBytes: base.maxBytes } };
}

export function registerIngest(program: Command): void {
  withFetchOptions(withDbOption(withKnowledgeOptions(withIngestOptions(
    program
      .command('ingest')
      .description('extract articles and store them in the database: files, directories, - (stdin), RSS/Atom feeds (file or URL), article URLs')
      .argument('<inputs...>', 'files, directories, feeds, http(s) URLs, or -'),
  ))))
    .option('--batch <n>', 'articles per transaction', '64')
    .option('--jobs <n>', 'extract on N worker threads (1: in this thread); articles are still stored in input order', '1')
    .action(async (inputs: string[], opts: FetchFlags & { db: string; batch?: string; jobs?: string }) => {
      const options = readOptionsFrom(opts);
      const jobs = positiveInt('jobs', opts.jobs, 1) || 1;
      const db = openStore(opts.db);
      const extractor = jobs > 1 ? new ExtractorPool(jobs, { kbDirs: opts.kb ?? [], patternDirs: opts.patterns ?? [] }) : extractorFrom(opts);
      try {
        const progress = new Progress();
        const report = await ingestInputs(db, extractor, inputs, { ...options, batchSize: positiveInt('batch', opts.batch, 64) || 1 }, (s, t) => progress.update(s, t));
        progress.end();
        process.stdout.write(`${ingestSummary(report, opts.db)}\n`);
        if (report.failed > 0) process.stderr.write('readout: some articles failed; `readout errors` lists them\n');
        process.exitCode = report.failed > 0 ? 1 : 0;
      } finally {
        if (extractor instanceof ExtractorPool) await extractor.close();
        db.close();
      }
    });
}
