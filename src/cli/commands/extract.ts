import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { extractorFrom, withKnowledgeOptions } from '../knowledge-options.js';
import { ingestPaths } from '../../ingest/ingest.js';
import { ingestOptionsFrom, withIngestOptions } from '../ingest-options.js';
import type { ReadoutDocument } from '../../document/schema.js';
import type { IngestedArticle } from '../../ingest/ingest-types.js';
import { BATCH_SIZE } from '../../extract/extractor.js';

export function registerExtract(program: Command): void {
  withKnowledgeOptions(withIngestOptions(
    program
      .command('extract')
      .description('annotate articles (files, directories, or - for stdin) and print the documents as JSON')
      .argument('<inputs...>', 'files, directories (read recursively) or - for stdin'),
  ))
    .addOption(new Option('--format <format>', 'json: one document or an array; jsonl: one document a line').choices(['json', 'jsonl']).default('json'))
    .option('--out <file>', 'write to FILE instead of stdout')
    .action((inputs: string[], opts: { date?: string; maxBytes?: string; format: 'json' | 'jsonl'; out?: string; kb: string[]; patterns?: string[] }) => {
      const options = ingestOptionsFrom(opts);
      const extractor = extractorFrom(opts);
      const docs: ReadoutDocument[] = [];
      let failed = 0;
      let waiting: IngestedArticle[] = [];
      // articles go through the pipeline a batch at a time (stage by stage: faster), in their order
      const extractWaiting = () => {
        for (const doc of extractor.extractAll(waiting)) {
          for (const err of doc.errors) process.stderr.write(`readout: ${doc.article.input} article ${doc.article.id}: stage ${err.stage}: ${err.code}: ${err.message}\n`);
          for (const w of doc.warnings) process.stderr.write(`readout: ${doc.article.input} article ${doc.article.id}: warning: stage ${w.stage}: ${w.code}: ${w.message}\n`);
          if (doc.errors.length > 0) failed++;
          docs.push(doc);
        }
        waiting = [];
      };
      for (const result of ingestPaths(inputs, options, () => readFileSync(0))) {
        if (!result.ok) {
          failed++;
          process.stderr.write(`readout: ${result.error.describe()}\n`);
          continue;
        }
        waiting.push(result.value);
        if (waiting.length >= BATCH_SIZE) extractWaiting();
      }
      extractWaiting();
      const out = opts.format === 'jsonl'
        ? docs.map((d) => `${JSON.stringify(d)}\n`).join('')
        : `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
      if (opts.out) writeFileSync(opts.out, out);
      else process.stdout.write(out);
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
