import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerExplain } from './explain.js';
import { registerExtract } from './extract.js';
import { registerPatterns } from './patterns.js';
import { registerSchema } from './schema.js';

/** Every CLI command, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerDemo(program);
  registerExtract(program);
  registerExplain(program);
  registerEval(program);
  registerPatterns(program);
  registerSchema(program);
}
