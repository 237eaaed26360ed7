import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerExtract } from './extract.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';

/** Every CLI command, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerDemo(program);
  registerExtract(program);
  registerSchema(program);
  registerServe(program);
}
