import type { Command } from 'commander';
import { defaultKbDir } from '../../kb/kb-paths.js';
import { loadKbSources } from '../../kb/load-kb.js';
import { describeProblem } from '../../kb/yaml-file.js';
import { createContext } from '../../pipeline/context.js';
import { parseDateOption } from '../../ingest/published-date.js';
import { explainName } from '../../resolve/explain-name.js';
import { collectDirs, kbOption } from '../knowledge-options.js';

export function registerKb(program: Command): void {
  const kb = program.command('kb').description('check and inspect the knowledge base (actors, places, roles)');
  kb.command('check')
    .description('validate data/kb and the given folders; prints every problem as file:line: message (exit 1 on problems)')
    .argument('[dirs...]', 'your knowledge-base folders (same layout as data/kb: people/, orgs/, countries/, places/, roles/)')
    .option('--only', 'check only the given folders, not data/kb')
    .action((dirs: string[], opts: { only?: boolean }) => {
      dirs.forEach((d) => collectDirs(d, []));
      const all = opts.only && dirs.length > 0 ? dirs : [defaultKbDir(), ...dirs];
      const { sources, problems } = loadKbSources(all);
      for (const p of problems) process.stderr.write(`${describeProblem(p)}\n`);
      const people = [...sources.entries.values()].filter((e) => e.type === 'PERSON').length;
      process.stdout.write(`${sources.files.length} files, ${sources.entries.size} entries (${people} people, ${sources.countries.size} countries), ${sources.names.length} names, ${sources.patterns.length} body patterns, ${sources.roleWords.length} role-word groups: ${problems.length === 0 ? 'ok' : `${problems.length} problems`}\n`);
      process.exitCode = problems.length === 0 ? 0 : 1;
    });
  kb.command('show')
    .description('explain how a name resolves and why: normalised words, knowledge-base entries, the chosen entity and its code on a date')
    .argument('<name...>', 'a name or short phrase')
    .option('--date <YYYY-MM-DD>', 'date the codes hold on; default: latest roles')
    .addOption(kbOption())
    .action((words: string[], opts: { date?: string; kb: string[] }) => {
      const date = opts.date ? parseDateOption(opts.date) : null;
      const ctx = createContext({ kbDirs: opts.kb });
      const lines = explainName(words.join(' '), ctx, date);
      process.stdout.write(`${lines.join('\n')}\n`);
      process.exitCode = lines.some((l) => l.startsWith('resolves to: nothing')) ? 1 : 0;
    });
}
