import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Extractor } from '../../extract/extractor.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/ingest-types.js';
import { summarize } from '../../report/summary.js';
import { PROJECT_ROOT } from '../../project-root.js';
import { ReadoutError } from '../../errors/readout-error.js';

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

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description("the main job on embedded defaults: extract the project's sample articles and print a summary")
    .action(() => {
      const paths = sampleArticlePaths();
      if (paths.length === 0) throw new ReadoutError('INPUT_NOT_FOUND', `no sample articles under ${join(PROJECT_ROOT, 'test', 'fixtures')}`);
      const extractor = new Extractor();
      let failed = 0;
      for (const result of ingestPaths(paths, { maxBytes: DEFAULT_MAX_BYTES }, () => Buffer.alloc(0))) {
        if (!result.ok) {
          failed++;
          process.stderr.write(`readout: ${result.error.describe()}\n`);
          continue;
        }
        process.stdout.write(`${summarize(extractor.extract(result.value))}\n\n`);
      }
      process.stdout.write(`${paths.length - failed} of ${paths.length} sample articles extracted\n`);
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
