import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerExtract } from './extract.js';
import { registerKb } from './kb.js';
import { registerResolve } from './resolve.js';
import { registerSchema } from './schema.js';

/** Every CLI command, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerDemo(program);
  registerExtract(program);
  registerResolve(program);
  registerKb(program);
  registerSchema(program);
}
