import type { Command } from 'commander';
import { ReadoutError } from '../errors/readout-error.js';
import type { EventFilter } from '../store/queries/index.js';

/** The event filters shared by events, timeline and export. */
export function withEventFilters(cmd: Command): Command {
  return cmd
    .option('--actor <a>', 'source or target: name, alias or knowledge-base id (the stored actor), or CAMEO code (USA finds USAGOV) or country code (the code the event gives the actor on its day)')
    .option('--source <a>', 'source actor (as --actor)')
    .option('--target <a>', 'target actor (as --actor)')
    .option('--code <code>', 'CAMEO event code; 19* for a prefix')
    .option('--root <code>', 'CAMEO root code (01-20)')
    .option('--plover <type>', 'PLOVER event type, e.g. ASSAULT')
    .option('--quad <n>', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict')
    .option('--since <YYYY-MM-DD>', 'first day')
    .option('--until <YYYY-MM-DD>', 'last day')
    .option('--place <place>', 'place name (contained) or country code of the event location')
    .option('--text <query>', 'full-text search (FTS5) over the sentences reporting the event')
    .option('--article <id>', 'only events reported by this article');
}

export function eventFilterFrom(o: Record<string, string | undefined>): EventFilter {
  const f: EventFilter = {};
  for (const k of ['actor', 'source', 'target', 'code', 'root', 'plover', 'since', 'until', 'place', 'text', 'article'] as const) if (o[k]) f[k] = o[k];
  if (o.quad !== undefined) {
    const q = Number(o.quad);
    if (![1, 2, 3, 4].includes(q)) throw new ReadoutError('USAGE', `--quad must be 1, 2, 3 or 4, got ${o.quad}`);
    f.quad = q;
  }
  return f;
}
