import type { Command } from 'commander';
import { explainText } from '../../explain/explain-sentence.js';
import { parseDateOption } from '../../ingest/published-date.js';
import { extractorFrom, withKnowledgeOptions, type KnowledgeFlags } from '../knowledge-options.js';

export function registerExplain(program: Command): void {
  withKnowledgeOptions(program
    .command('explain')
    .description('show how a sentence is read: entities, times, clause analysis, the patterns tried and the events coded')
    .argument('<sentence>', 'the sentence (or short text) to explain')
    .option('--date <YYYY-MM-DD>', 'publication date (anchors relative dates; the event date falls back to it)')
    .option('--json', 'print the annotated document as JSON instead'))
    .action((sentence: string, opts: KnowledgeFlags & { date?: string; json?: boolean }) => {
      const extractor = extractorFrom(opts);
      const { doc, report } = explainText(extractor, sentence, opts.date ? parseDateOption(opts.date) : null);
      process.stdout.write(opts.json ? `${JSON.stringify(doc, null, 2)}\n` : report);
    });
}
