import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { createContext } from '../../pipeline/context.js';
import { parseDateOption } from '../../ingest/published-date.js';
import { resolvePhrase } from '../../resolve/resolve-phrase.js';
import { kbOption } from '../knowledge-options.js';

export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description('resolve short phrases (names, titles, descriptions) to entities with actor codes; one phrase a line on stdin when none are given')
    .argument('[phrases...]', 'phrases such as "Kassym-Jomart Tokayev" or "American warplanes"')
    .option('--date <YYYY-MM-DD>', 'date the codes hold on (roles change over time); default: latest roles')
    .addOption(new Option('--format <format>', 'json: an array; jsonl: one result a line').choices(['json', 'jsonl']).default('json'))
    .addOption(kbOption())
    .action((phrases: string[], opts: { date?: string; format: 'json' | 'jsonl'; kb: string[] }) => {
      const date = opts.date ? parseDateOption(opts.date) : null;
      const inputs = phrases.length > 0 ? phrases : readFileSync(0, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      const ctx = createContext({ kbDirs: opts.kb });
      const results = inputs.map((p) => {
        const r = resolvePhrase(p, ctx, date);
        return { input: r.input, entity: r.entity };
      });
      process.stdout.write(opts.format === 'jsonl' ? results.map((r) => `${JSON.stringify(r)}\n`).join('') : `${JSON.stringify(results, null, 2)}\n`);
      process.exitCode = results.some((r) => r.entity === null) ? 1 : 0;
    });
}
