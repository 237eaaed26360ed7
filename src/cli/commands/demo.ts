import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { Extractor } from '../../extract/extractor.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { DEFAULT_MAX_BYTES, type IngestResult } from '../../ingest/ingest-types.js';
import { summarize } from '../../report/summary.js';
import { PROJECT_ROOT } from '../../project-root.js';
import { ReadoutError } from '../../errors/readout-error.js';
import { openStore } from '../../store/open-store.js';
import { findEvents, getArticle, listActors, listQuotes, storeSummary } from '../../store/queries/index.js';
import { storeResults } from '../../store/ingest-run.js';
import { withDbOption } from '../db-option.js';
import { parsePort, serveStore } from './serve.js';
import { renderRows } from '../output-table.js';
import { EVENT_COLUMNS } from './events.js';

/** The project's own sample articles: the plain-text form of each fixture. */
export function sampleArticlePaths(): string[] {
  const root = join(PROJECT_ROOT, 'test', 'fixtures');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, d.name, 'article.txt'))
    .filter((p) => existsSync(p))
    .sort();
}

/** A sample's publication date, from the fixture.json beside it (plain text carries none). */
function sampleDate(path: string): string | null {
  const meta = join(dirname(path), 'fixture.json');
  if (!existsSync(meta)) return null;
  const published = (JSON.parse(readFileSync(meta, 'utf8')) as { published?: unknown }).published;
  return typeof published === 'string' ? published : null;
}

export function registerDemo(program: Command): void {
  withDbOption(program
    .command('demo')
    .description("the main job on embedded defaults: extract the project's sample articles, store them in the database and print what was found"))
    .option('--serve', 'then serve the web UI and the API over the database (what `npm start` does)')
    .option('--port <port>', 'port for --serve (a free one when it is taken)', '8080')
    .action(async (opts: { db: string; serve?: boolean; port: string }) => {
      const paths = sampleArticlePaths();
      if (paths.length === 0) throw new ReadoutError('INPUT_NOT_FOUND', `no sample articles under ${join(PROJECT_ROOT, 'test', 'fixtures')}`);
      const results: IngestResult[] = paths.flatMap((p) => [...ingestPaths([p], { maxBytes: DEFAULT_MAX_BYTES, date: sampleDate(p) }, () => Buffer.alloc(0))]);
      for (const r of results) if (!r.ok) process.stderr.write(`readout: ${r.error.describe()}\n`);
      const db = openStore(opts.db);
      try {
        const stats = storeResults(db, new Extractor(), results, {});
        for (const r of results) {
          const got = r.ok ? getArticle(db, r.value.article.id) : null;
          if (got) process.stdout.write(`${summarize(got.document)}\n\n`);
        }
        const ok = results.filter((r) => r.ok).length;
        process.stdout.write(`${ok} of ${paths.length} sample articles extracted and stored in ${opts.db} (${stats.stored} new, ${stats.unchanged} already there)\n\n`);
        const s = storeSummary(db);
        process.stdout.write(`The database holds ${s.articles} articles, ${s.actors} actors, ${s.events} events (${s.mentions} mentions) and ${s.quotes} quotes.\n\n`);
        const events = findEvents(db, {}, { limit: 20 });
        if (events.length > 0) process.stdout.write(`Events, newest first:\n${renderRows(events, EVENT_COLUMNS.filter((c) => !['id', 'plover', 'first article'].includes(c.header)), 'table')}\n`);
        const actors = listActors(db, { limit: 10 });
        if (actors.length > 0) {
          process.stdout.write(`Most-mentioned actors:\n${renderRows(actors, [
            { header: 'name', value: (a) => a.name, max: 30 }, { header: 'code', value: (a) => a.code },
            { header: 'articles', value: (a) => a.articles }, { header: 'mentions', value: (a) => a.mentions }, { header: 'events', value: (a) => a.events },
          ], 'table')}\n`);
        }
        const quotes = listQuotes(db, { limit: 8 });
        if (quotes.length > 0) {
          process.stdout.write(`Quotes:\n${renderRows(quotes, [
            { header: 'speaker', value: (q) => q.speaker?.name ?? q.speakerText, max: 30 }, { header: 'quote', value: (q) => q.text, max: 90 },
          ], 'table')}\n`);
        }
        process.stdout.write(`Ask more: bin/readout events --db ${opts.db} --actor <name|code>, bin/readout actors --db ${opts.db}, bin/readout export --db ${opts.db} --format gdelt\n`);
        process.exitCode = ok < paths.length || stats.failed > 0 ? 1 : 0;
      } finally {
        db.close();
      }
      if (opts.serve) await serveStore({ db: opts.db, host: '127.0.0.1', port: parsePort(opts.port), token: process.env.READOUT_TOKEN || null, fallback: true });
    });
}
