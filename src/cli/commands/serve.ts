import { Command } from 'commander';
import { ReadoutError } from '../../errors/readout-error.js';
import { MemoryModel } from '../../server/memory-model.js';
import { serveUntilStopped } from '../serve-until-stopped.js';

export interface ServeFlags {
  db?: string;
  host: string;
  port: string;
  token?: string;
}

export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ReadoutError('USAGE', `--port must be an integer 0..65535, got ${raw}`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI over the store')
    .option('--db <path>', 'SQLite store to serve', './readout.db')
    .option('--host <host>', 'address to listen on (beyond localhost needs a token)', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--token <token>', 'token for the writing endpoints (default: READOUT_TOKEN)')
    .action(async (opts: ServeFlags) => {
      const port = parsePort(opts.port);
      await serveUntilStopped({ host: opts.host, port, token: opts.token ?? process.env.READOUT_TOKEN ?? null, model: new MemoryModel() });
    });
}
