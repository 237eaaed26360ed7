import type { ReadoutDocument } from '../document/schema.js';
import type { Page, Paging } from './paging.js';
import type { EventFilter as StoreEventFilter } from '../store/queries/event-filter.js';

/**
 * What the HTTP API reads and writes. The SQLite store implements it for `readout serve`; the
 * in-memory model (memory-model.ts) implements it over a list of documents (tests, --no-db).
 */
export interface ActorRef {
  name: string;
  code: string | null;
  country: string | null;
}

export interface PlaceRef {
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

/** One event as a row: flat, ready for a table, a timeline or a map. */
export interface EventRow {
  /** Stable id of the (root) event in this server's store. */
  id: string;
  /** The article that first reported it, and the event's id inside that article's document. */
  article: string;
  event: string;
  date: string | null;
  code: string;
  label: string;
  root: string;
  quadClass: number;
  goldstein: number;
  plover: string | null;
  source: ActorRef;
  target: ActorRef | null;
  place: PlaceRef | null;
  text: string;
  confidence: number;
  /** Mentions of the event and articles reporting it (GDELT's NumMentions, NumArticles). */
  mentions: number;
  articles: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  events: number;
}

export interface ActorRow extends ActorRef {
  id: string;
  aliases: string[];
  events: number;
  articles: number;
}

export interface QuoteRow {
  id: string;
  article: string;
  speaker: string | null;
  kind: string;
  text: string;
  date: string | null;
}

export interface DyadRow {
  source: ActorRef;
  target: ActorRef;
  count: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface DyadBucket {
  period: string;
  count: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface TimelineBucket {
  period: string;
  count: number;
  /** Counts by quad class 1..4 (index 0 is quad class 1). */
  quad: [number, number, number, number];
  goldsteinMean: number;
}

export type Granularity = 'day' | 'week' | 'month';

/** The store's event filters (the CLI's), plus the API's sorting. */
export interface EventFilter extends StoreEventFilter {
  sort?: 'date' | 'code' | 'goldstein' | 'source' | 'target';
  order?: 'asc' | 'desc';
}

export type ExportFormat = 'gdelt' | 'gdelt-mentions' | 'plover' | 'csv' | 'graphml' | 'gexf';

export interface ExportResult {
  contentType: string;
  filename: string;
  body: string;
}

export interface ReadModel {
  articles(q: Paging & { text?: string }): Page<ArticleSummary>;
  article(id: string): ReadoutDocument | null;
  events(q: Paging & EventFilter): Page<EventRow>;
  actors(q: Paging & { name?: string }): Page<ActorRow>;
  quotes(q: Paging & { speaker?: string; article?: string }): Page<QuoteRow>;
  dyads(q: Paging & EventFilter): Page<DyadRow>;
  dyad(a: string, b: string, by: Granularity, filter: EventFilter): DyadBucket[];
  timeline(by: Granularity, filter: EventFilter): TimelineBucket[];
  exportAs(format: ExportFormat, filter: EventFilter): ExportResult;
  /** Stores a document (replacing one with the same article id); returns whether it was new. */
  save(doc: ReadoutDocument): { created: boolean };
  remove(id: string): boolean;
  /** Re-extracts stored articles (all when ids is empty); returns how many were redone. */
  reprocess(ids: string[]): { reprocessed: number };
}
