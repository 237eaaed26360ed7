import { Command, Option } from 'commander';
import { ReadoutError } from '../errors/readout-error.js';
import { DEFAULT_MAX_BYTES, type IngestOptions } from '../ingest/ingest-types.js';
import { parseDateOption } from '../ingest/published-date.js';

/** Adds the options every article-reading command shares. */
export function withIngestOptions(cmd: Command): Command {
  return cmd
    .option('--date <YYYY-MM-DD>', 'publication date for every article (overrides metadata)')
    .addOption(new Option('--max-bytes <n>', 'largest input accepted, in bytes').default(String(DEFAULT_MAX_BYTES)));
}

export function ingestOptionsFrom(opts: { date?: string; maxBytes?: string }): IngestOptions {
  const maxBytes = Number(opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new ReadoutError('USAGE', `--max-bytes must be a positive integer, got ${opts.maxBytes}`);
  return { date: opts.date ? parseDateOption(opts.date) : null, maxBytes };
}
