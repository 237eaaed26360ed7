import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createContext } from '../../pipeline/context.js';
import { checkExamples } from '../../stages/events/patterns/check-patterns.js';
import { patternFiles } from '../../stages/events/patterns/load-patterns.js';

export function registerPatterns(program: Command): void {
  const patterns = program.command('patterns').description('event pattern files: validate them');
  patterns
    .command('check')
    .description('validate pattern files (the bundled ones, plus DIRs) and check that every example sentence fires its own pattern')
    .argument('[dirs...]', 'your pattern folders or files (only these are checked; the bundled set when none)')
    .action((dirs: string[]) => {
      const ctx = createContext({ patternDirs: dirs });
      const only = dirs.length ? new Set(dirs.flatMap((d) => patternFiles(resolve(d))).concat(dirs.flatMap(patternFiles))) : undefined;
      const problems = checkExamples(ctx.patterns, ctx, only);
      for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.id}: ${p.problem}\n  example: ${JSON.stringify(p.example)}\n`);
      const n = ctx.patterns.patterns.filter((p) => !only || only.has(p.file)).length;
      const w = ctx.patterns.wrappers.filter((p) => !only || only.has(p.file)).length;
      process.stdout.write(`${n} patterns, ${w} wrappers checked: ${problems.length === 0 ? 'every example fires its pattern' : `${problems.length} problem(s)`}\n`);
      process.exitCode = problems.length > 0 ? 1 : 0;
    });
}
