import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import type {
  ActorRow as ApiActor, ArticleSummary, DyadBucket, DyadRow as ApiDyad, EventFilter as ApiFilter, EventRow as ApiEvent,
  ExportFormat, ExportResult, Granularity, QuoteRow as ApiQuote, ReadModel, TimelineBucket,
} from '../server/read-model.js';
import type { Page, Paging } from '../server/paging.js';
import { contentHash } from './content-hash.js';
import { recountEvents } from './event-counts.js';
import { actorNetwork } from './export/actor-network.js';
import { exportChunks } from './export/export-formats.js';
import { stmt } from './prepared.js';
import { countEvents, dyad, EVENT_SELECT, findEvents, getArticle, listActors, listArticles, listQuotes, resolveActors, timeline, toEventRow, type EventFilter, type EventRow } from './queries/index.js';
import { eventWhere } from './queries/event-filter.js';
import { reprocessStore } from './reprocess.js';
import { StoreWriter, type DocumentExtractor } from './store-writer.js';
import { removeDerived, writeDocument } from './write-document.js';

const SORT: Record<string, string> = { date: 'e.day', code: 'e.code', goldstein: 'e.goldstein', source: 's.name', target: 't.name' };
const CONTENT: Record<ExportFormat, [string, string]> = {
  gdelt: ['text/tab-separated-values', 'events.gdelt.tsv'], 'gdelt-mentions': ['text/tab-separated-values', 'mentions.gdelt.tsv'],
  plover: ['application/x-ndjson', 'events.plover.jsonl'], csv: ['text/csv', 'events.csv'], graphml: ['application/graphml+xml', 'actors.graphml'], gexf: ['application/gexf+xml', 'actors.gexf'],
};

function filterOf(q: ApiFilter): EventFilter {
  const { sort: _s, order: _o, ...f } = q;
  void _s; void _o;
  return Object.fromEntries(Object.entries(f).filter(([k, v]) => v !== undefined && v !== '' && !['limit', 'offset'].includes(k))) as EventFilter;
}

/** The HTTP API's ReadModel over the SQLite store (the in-memory model's twin for `readout serve --db`). */
export class StoreModel implements ReadModel {
  constructor(private readonly db: Database.Database, private readonly extractor: () => DocumentExtractor) {}

  articles(q: Paging & { text?: string }): Page<ArticleSummary> {
    const total = (stmt(this.db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const items = listArticles(this.db, q).map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, events: a.events }));
    return { items, total, limit: q.limit, offset: q.offset };
  }

  article(id: string): ReadoutDocument | null {
    return getArticle(this.db, id)?.document ?? null;
  }

  events(q: Paging & ApiFilter): Page<ApiEvent> {
    const f = filterOf(q);
    let rows: EventRow[];
    if ((q.sort ?? 'date') === 'date' && (q.order ?? 'desc') === 'desc') rows = findEvents(this.db, f, q);
    else {
      const w = eventWhere(this.db, f);
      const dir = q.order === 'asc' ? 'ASC' : 'DESC';
      rows = w.empty ? [] : (this.db.prepare(`${EVENT_SELECT} ${w.sql} ORDER BY ${SORT[q.sort ?? 'date'] ?? 'e.day'} ${dir}, e.rowid ${dir} LIMIT ? OFFSET ?`)
        .all(...w.params, q.limit, q.offset) as Record<string, unknown>[]).map(toEventRow);
    }
    const first = stmt(this.db, 'SELECT m.event_id, m.confidence, t.text FROM event_mentions m JOIN mention_text t ON t.rowid = m.rowid WHERE m.event = ? ORDER BY m.rowid LIMIT 1');
    const items = rows.map((e): ApiEvent => {
      const m = first.get(e.id) as { event_id: string; confidence: number; text: string } | undefined;
      return {
        id: String(e.id), article: e.firstArticle, event: m?.event_id ?? '', date: e.date, code: e.code, label: e.label, root: e.rootCode,
        quadClass: e.quadClass, goldstein: e.goldstein, plover: e.plover,
        source: { name: e.source.name, code: e.source.code, country: e.source.country },
        target: e.target ? { name: e.target.name, code: e.target.code, country: e.target.country } : null,
        place: e.place ? { name: e.place, lat: e.lat, lon: e.lon, country: e.placeCountry } : null,
        text: m?.text ?? '', confidence: m?.confidence ?? 0, mentions: e.numMentions, articles: e.numArticles,
      };
    });
    return { items, total: countEvents(this.db, f), limit: q.limit, offset: q.offset };
  }

  actors(q: Paging & { name?: string }): Page<ApiActor> {
    const total = q.name ? resolveActors(this.db, q.name).length : (stmt(this.db, 'SELECT count(*) AS n FROM actors').get() as { n: number }).n;
    const items = listActors(this.db, { search: q.name, limit: q.limit, offset: q.offset })
      .map((a) => ({ id: String(a.id), name: a.name, code: a.code, country: a.country, aliases: a.aliases, events: a.events, articles: a.articles }));
    return { items, total, limit: q.limit, offset: q.offset };
  }

  quotes(q: Paging & { speaker?: string; article?: string }): Page<ApiQuote> {
    const all = listQuotes(this.db, { speaker: q.speaker, article: q.article, limit: -1 });
    const items = all.slice(q.offset, q.offset + q.limit)
      .map((r) => ({ id: String(r.id), article: r.article, speaker: r.speaker?.name ?? r.speakerText, kind: r.kind, text: r.text, date: r.published }));
    return { items, total: all.length, limit: q.limit, offset: q.offset };
  }

  dyads(q: Paging & ApiFilter): Page<ApiDyad> {
    const { nodes, edges } = actorNetwork(this.db, filterOf(q));
    const byId = new Map(nodes.map((n) => [n.id, { name: n.name, code: n.code, country: n.country }]));
    const all = edges.map((e) => ({ source: byId.get(e.source)!, target: byId.get(e.target)!, count: e.events, goldsteinSum: Math.round(e.goldsteinMean * e.events * 100) / 100, goldsteinMean: e.goldsteinMean }))
      .sort((a, b) => b.count - a.count);
    return { items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset };
  }

  dyad(a: string, b: string, by: Granularity, filter: ApiFilter): DyadBucket[] {
    return dyad(this.db, a, b, { by, since: filter.since, until: filter.until })
      .map((r) => ({ period: r.period, count: r.events, goldsteinSum: r.goldsteinSum, goldsteinMean: r.goldsteinMean }));
  }

  timeline(by: Granularity, filter: ApiFilter): TimelineBucket[] {
    return timeline(this.db, filterOf(filter), by)
      .map((r) => ({ period: r.period, count: r.events, quad: [r.quad1, r.quad2, r.quad3, r.quad4], goldsteinMean: r.goldsteinMean }));
  }

  exportAs(format: ExportFormat, filter: ApiFilter): ExportResult {
    const [contentType, filename] = CONTENT[format];
    return { contentType, filename, body: [...exportChunks(this.db, format, filterOf(filter))].join('') };
  }

  save(doc: ReadoutDocument): { created: boolean } {
    const now = new Date().toISOString();
    const r = this.db.transaction(() => writeDocument(this.db, doc, contentHash({ article: doc.article, text: doc.text }), 'api', now)).immediate();
    return { created: !r.replaced };
  }

  remove(id: string): boolean {
    return this.db.transaction(() => {
      const row = stmt(this.db, 'SELECT rowid FROM articles WHERE id = ?').get(id) as { rowid: number } | undefined;
      if (!row) return false;
      const touched = removeDerived(this.db, row.rowid);
      stmt(this.db, 'UPDATE articles SET copy_of = NULL WHERE copy_of = ?').run(row.rowid);
      recountEvents(this.db, touched);
      stmt(this.db, 'DELETE FROM articles WHERE rowid = ?').run(row.rowid);
      return true;
    }).immediate();
  }

  reprocess(ids: string[]): { reprocessed: number } {
    if (ids.length === 0) return { reprocessed: reprocessStore(this.db, this.extractor()).stored };
    const writer = new StoreWriter(this.db, this.extractor(), { force: true });
    for (const id of ids) {
      const doc = getArticle(this.db, id)?.document;
      if (doc) writer.add({ ok: true, value: { article: doc.article, text: doc.text } });
    }
    writer.flush();
    return { reprocessed: writer.stats.stored };
  }
}
