import type Database from 'better-sqlite3';
import type { EventFilter } from '../queries/event-filter.js';
import { actorNetwork } from './actor-network.js';
import { eventsCsv } from './events-csv.js';
import { gdeltEvents, gdeltMentions } from './gdelt-events.js';
import { toGexf, toGraphml } from './graph-formats.js';
import { ploverJsonl, type ExportCounts } from './plover-jsonl.js';

export const EXPORT_FORMATS = ['gdelt', 'gdelt-mentions', 'plover', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** GDELT files have no header row; set to add one. */
  header?: boolean;
  counts?: ExportCounts;
}

/** The export as a stream of text chunks (write them in order). */
export function* exportChunks(db: Database.Database, format: ExportFormat, filter: EventFilter = {}, options: ExportOptions = {}): Generator<string> {
  switch (format) {
    case 'gdelt': yield* gdeltEvents(db, filter, options.header ?? false); return;
    case 'gdelt-mentions': yield* gdeltMentions(db, filter, options.header ?? false); return;
    case 'plover': yield* ploverJsonl(db, filter, options.counts); return;
    case 'csv': yield* eventsCsv(db, filter); return;
    case 'graphml': {
      const n = actorNetwork(db, filter);
      yield toGraphml(n.nodes, n.edges);
      return;
    }
    case 'gexf': {
      const n = actorNetwork(db, filter);
      yield toGexf(n.nodes, n.edges);
      return;
    }
  }
}
