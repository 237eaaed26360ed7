import type { Command } from 'commander';
import { Extractor } from '../../extract/extractor.js';
import { explainText } from '../../explain/explain-sentence.js';
import { parseDateOption } from '../../ingest/published-date.js';
import { createContext } from '../../pipeline/context.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show how a sentence is read: entities, times, clause analysis, the patterns tried and the events coded')
    .argument('<sentence>', 'the sentence (or short text) to explain')
    .option('--date <YYYY-MM-DD>', 'publication date (anchors relative dates; the event date falls back to it)')
    .option('--patterns <dirs...>', 'extra event pattern folders or files')
    .option('--json', 'print the annotated document as JSON instead')
    .action((sentence: string, opts: { date?: string; patterns?: string[]; json?: boolean }) => {
      const extractor = new Extractor(undefined, createContext({ patternDirs: opts.patterns ?? [] }));
      const { doc, report } = explainText(extractor, sentence, opts.date ? parseDateOption(opts.date) : null);
      process.stdout.write(opts.json ? `${JSON.stringify(doc, null, 2)}\n` : report);
    });
}
