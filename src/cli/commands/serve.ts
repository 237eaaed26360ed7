import { Command } from 'commander';
import { ReadoutError } from '../../errors/readout-error.js';
import type { Extractor } from '../../extract/extractor.js';
import { accessRuleFor } from '../../server/access.js';
import { StoreModel } from '../../server/store-model.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import { extractorFrom, withKnowledgeOptions, type KnowledgeFlags } from '../knowledge-options.js';
import { serveUntilStopped } from '../serve-until-stopped.js';

export interface ServeFlags extends KnowledgeFlags {
  db: string;
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
  withKnowledgeOptions(program
    .command('serve')
    .description('serve the HTTP API and the web UI over the store')
    .option('--db <path>', 'the database to serve (created when missing)', DEFAULT_DB)
    .option('--host <host>', 'address to listen on (beyond localhost needs a token)', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--token <token>', 'token for the writing endpoints (default: READOUT_TOKEN)'))
    .action(async (opts: ServeFlags) => {
      const port = parsePort(opts.port);
      await serveStore({ db: opts.db, host: opts.host, port, token: opts.token ?? (process.env.READOUT_TOKEN || null), fallback: false, knowledge: opts });
    });
}

/** Serves the database at `db` until the process is asked to stop (used by serve and demo --serve). */
export async function serveStore(o: { db: string; host: string; port: number; token: string | null; fallback: boolean; knowledge?: KnowledgeFlags }): Promise<void> {
  accessRuleFor(o.host, o.token); // refuse before touching the database
  let built: Extractor | null = null;
  const extractor = () => (built ??= extractorFrom(o.knowledge ?? {}));
  const db = openStore(o.db);
  try {
    await serveUntilStopped({ host: o.host, port: o.port, token: o.token, extractor, model: new StoreModel(db, extractor), fallback: o.fallback });
  } finally {
    db.close();
  }
}
