import type { Command } from 'commander';
import { documentJsonSchema } from '../../document/schema.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the output document contract as JSON Schema')
    .action(() => {
      process.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    });
}
