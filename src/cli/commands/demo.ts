import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { Extractor } from '../../extract/extractor.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/ingest-types.js';
import { summarize } from '../../report/summary.js';

/** The project's own sample articles: the plain-text form of each fixture. */
export function sampleArticlePaths(): string[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures');
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
