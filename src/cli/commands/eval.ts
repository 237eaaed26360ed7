import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { ReadoutError } from '../../errors/readout-error.js';
import { parseGold } from '../../eval/gold.js';
import { runEval } from '../../eval/run-eval.js';
import type { ActorMatch, Level } from '../../eval/score.js';
import { parseDateOption } from '../../ingest/published-date.js';
import { extractorFrom, withKnowledgeOptions, type KnowledgeFlags } from '../knowledge-options.js';

export function registerEval(program: Command): void {
  withKnowledgeOptions(program
    .command('eval')
    .description('run the pipeline on gold records (JSONL) and print precision, recall and F1 for events, types and dyads')
    .argument('<gold>', 'gold JSONL: {id, text, date?, events: [{source, target, code | plover}]} or the PLOVER dev-set format')
    .addOption(new Option('--match <how>', 'compare actors by country or by full actor code').choices(['country', 'actor']).default('country'))
    .addOption(new Option('--level <level>', 'compare event types by CAMEO root, full CAMEO code or PLOVER type').choices(['root', 'code', 'plover']).default('root'))
    .option('--diff', 'print every record where prediction and gold disagree')
    .option('--date <YYYY-MM-DD>', 'reference date for records without one'))
    .action((file: string, opts: KnowledgeFlags & { match: ActorMatch; level: Level; diff?: boolean; date?: string }) => {
      let text: string;
      try { text = readFileSync(file, 'utf8'); } catch { throw new ReadoutError('INPUT_NOT_FOUND', `cannot read ${file}`, { input: file }); }
      const gold = parseGold(text, file);
      const extractor = extractorFrom(opts);
      const result = runEval(extractor, gold, { level: opts.level, match: opts.match, diff: !!opts.diff, date: opts.date ? parseDateOption(opts.date) : null });
      process.stdout.write(result.report);
    });
}
