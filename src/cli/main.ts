import { Command, CommanderError } from 'commander';
import { isReadoutError } from '../errors/readout-error.js';
import { registerCommands } from './commands/register-commands.js';

/** CLI entry: returns the exit code. The only place (with the HTTP handler) where errors are printed. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('readout')
    .description('Reads news and writes down, with evidence, who did what to whom, when and where, and who said so.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCommands(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (isReadoutError(e)) {
      process.stderr.write(`readout: ${e.describe()}\n`);
      return e.code === 'USAGE' || e.code === 'DATE_INVALID' ? 2 : 1;
    }
    throw e;
  }
}
