import type Database from 'better-sqlite3';
import type { ReadoutDocument } from '../document/schema.js';
import { ReadoutError } from '../errors/readout-error.js';
import type { Extractor } from '../extract/extractor.js';
import { contentHash } from '../store/content-hash.js';
import { recountEvents } from '../store/event-counts.js';
import { exportChunks } from '../store/export/export-formats.js';
import { actorNetwork } from '../store/export/actor-network.js';
import { stmt } from '../store/prepared.js';
import { countEvents, dyad, getArticle, listActors, listQuotes, resolveActors, timeline } from '../store/queries/index.js';
import { eventWhere } from '../store/queries/event-filter.js';
import { EVENT_SELECT, toEventRow, type EventRow as StoredEvent } from '../store/queries/events.js';
import { pipelineId, StoreWriter } from '../store/store-writer.js';
import { removeDerived, writeDocument } from '../store/write-document.js';
import type { Page, Paging } from './paging.js';
import type { ActorRow, ArticleSummary, DyadRow, EventFilter, EventRow, ExportFormat, ExportResult, Granularity, QuoteRow, ReadModel, TimelineBucket, DyadBucket } from './read-model.js';

const SORT_SQL: Record<NonNullable<EventFilter['sort']>, string> = {
  date: 'e.day', code: 'e.code', goldstein: 'e.goldstein', source: 's.name', target: 't.name',
};

const EXPORTS: Record<ExportFormat, { type: string; file: string }> = {
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', file: 'events.gdelt.tsv' },
  'gdelt-mentions': { type: 'text/tab-separated-values; charset=utf-8', file: 'mentions.gdelt.tsv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', file: 'events.plover.jsonl' },
  csv: { type: 'text/csv; charset=utf-8', file: 'events.csv' },
  graphml: { type: 'application/xml; charset=utf-8', file: 'actors.graphml' },
  gexf: { type: 'application/xml; charset=utf-8', file: 'actors.gexf' },
};

function filterOf(q: EventFilter): EventFilter {
  const { sort: _s, order: _o, ...f } = q;
  return f;
}

/** The ReadModel over the SQLite store (src/store): its query layer for reading, its writer for writing. */
export class StoreModel implements ReadModel {
  constructor(private readonly db: Database.Database, private readonly extractor: () => Extractor) {}

  articles(q: Paging & { text?: string }): Page<ArticleSummary> {
    const like = q.text ? `%${q.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
    const where = like ? "WHERE title LIKE ? ESCAPE '\\'" : '';
    const params = like ? [like] : [];
    const total = (stmt(this.db, `SELECT count(*) AS n FROM articles ${where}`).get(...params) as { n: number }).n;
    const items = stmt(this.db, `SELECT id, title, source, url, published, n_events AS events FROM articles ${where} ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.offset) as ArticleSummary[];
    return { items, total, limit: q.limit, offset: q.offset };
  }

  article(id: string): ReadoutDocument | null {
    return getArticle(this.db, id)?.document ?? null;
  }

  events(q: Paging & EventFilter): Page<EventRow> {
    const filter = filterOf(q);
    const w = eventWhere(this.db, filter);
    if (w.empty) return { items: [], total: 0, limit: q.limit, offset: q.offset };
    const dir = q.order === 'asc' ? 'ASC' : 'DESC';
    const sort = q.sort ?? 'date';
    // Two steps: the page's ids from the events table alone (indexes, no joins), then their rows.
    const joins = sort === 'source' || sort === 'target' ? 'JOIN actors s ON s.rowid = e.source LEFT JOIN actors t ON t.rowid = e.target' : '';
    const ids = (stmt(this.db, `SELECT e.rowid AS id FROM events e ${joins} ${w.sql} ORDER BY ${SORT_SQL[sort]} ${dir}, e.rowid ${dir} LIMIT ? OFFSET ?`)
      .all(...w.params, q.limit, q.offset) as { id: number }[]).map((r) => r.id);
    const byId = new Map(ids.length === 0 ? [] : (this.db.prepare(`${EVENT_SELECT} WHERE e.rowid IN (${ids.map(() => '?').join(',')})`).all(...ids) as Record<string, unknown>[])
      .map((r) => [r.id as number, toEventRow(r)] as const));
    const rows = ids.map((id) => byId.get(id)!);
    const total = q.offset === 0 && rows.length < q.limit ? rows.length : countEvents(this.db, filter);
    return { items: this.withMentions(rows), total, limit: q.limit, offset: q.offset };
  }

  /** The first article's mention of each event: its id in the document, sentence and confidence. */
  private withMentions(rows: StoredEvent[]): EventRow[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const first = new Map<number, { event_id: string; confidence: number; text: string | null; article_id: string }>();
    const found = this.db.prepare(`SELECT m.event, m.event_id, m.confidence, mt.text, a.id AS article_id FROM event_mentions m
      LEFT JOIN mention_text mt ON mt.rowid = m.rowid JOIN articles a ON a.rowid = m.article
      WHERE m.event IN (${ids.map(() => '?').join(',')}) ORDER BY m.rowid`).all(...ids) as { event: number; event_id: string; confidence: number; text: string | null; article_id: string }[];
    for (const m of found) {
      const have = first.get(m.event);
      const row = rows.find((r) => r.id === m.event)!;
      if (!have || (have.article_id !== row.firstArticle && m.article_id === row.firstArticle)) first.set(m.event, m);
    }
    return rows.map((r) => {
      const m = first.get(r.id);
      return {
        id: String(r.id), article: m?.article_id ?? r.firstArticle, event: m?.event_id ?? '', date: r.date, code: r.code, label: r.label, root: r.rootCode,
        quadClass: r.quadClass, goldstein: r.goldstein, plover: r.plover,
        source: { name: r.source.name, code: r.source.code, country: r.source.country },
        target: r.target ? { name: r.target.name, code: r.target.code, country: r.target.country } : null,
        place: r.place ? { name: r.place, lat: r.lat, lon: r.lon, country: r.placeCountry } : null,
        text: m?.text ?? '', confidence: m?.confidence ?? 0, mentions: r.numMentions, articles: r.numArticles,
      };
    });
  }

  actors(q: Paging & { name?: string }): Page<ActorRow> {
    const rows = listActors(this.db, { search: q.name, limit: q.limit, offset: q.offset });
    const total = q.name ? resolveActors(this.db, q.name).length : (stmt(this.db, 'SELECT count(*) AS n FROM actors').get() as { n: number }).n;
    const items = rows.map((a) => ({ id: String(a.id), name: a.name, code: a.code, country: a.country, aliases: a.aliases, events: a.events, articles: a.articles }));
    return { items, total, limit: q.limit, offset: q.offset };
  }

  quotes(q: Paging & { speaker?: string; article?: string }): Page<QuoteRow> {
    const query = { speaker: q.speaker, article: q.article };
    const total = listQuotes(this.db, { ...query, limit: -1 }).length;
    const items = listQuotes(this.db, { ...query, limit: q.limit, offset: q.offset }).map((r) => ({
      id: String(r.id), article: r.article, speaker: r.speaker?.name ?? r.speakerText, kind: r.kind, text: r.text, date: r.published,
    }));
    return { items, total, limit: q.limit, offset: q.offset };
  }

  dyads(q: Paging & EventFilter): Page<DyadRow> {
    const net = actorNetwork(this.db, filterOf(q));
    const byId = new Map(net.nodes.map((n) => [n.id, { name: n.name, code: n.code, country: n.country }]));
    const all = net.edges
      .map((e) => ({ source: byId.get(e.source)!, target: byId.get(e.target)!, count: e.events, goldsteinSum: Math.round(e.goldsteinMean * e.events * 100) / 100, goldsteinMean: e.goldsteinMean }))
      .sort((a, b) => b.count - a.count || a.source.name.localeCompare(b.source.name));
    return { items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset };
  }

  dyad(a: string, b: string, by: Granularity, filter: EventFilter): DyadBucket[] {
    return dyad(this.db, a, b, { by, since: filter.since, until: filter.until, directed: true })
      .map((r) => ({ period: r.period, count: r.events, goldsteinSum: r.goldsteinSum, goldsteinMean: r.goldsteinMean }));
  }

  timeline(by: Granularity, filter: EventFilter): TimelineBucket[] {
    return timeline(this.db, filterOf(filter), by)
      .map((r) => ({ period: r.period, count: r.events, quad: [r.quad1, r.quad2, r.quad3, r.quad4], goldsteinMean: r.goldsteinMean }));
  }

  exportAs(format: ExportFormat, filter: EventFilter): ExportResult {
    const body = [...exportChunks(this.db, format, filterOf(filter), { header: true })].join('');
    return { contentType: EXPORTS[format].type, filename: EXPORTS[format].file, body };
  }

  save(doc: ReadoutDocument): { created: boolean } {
    const existed = stmt(this.db, 'SELECT 1 FROM articles WHERE id = ?').get(doc.article.id) !== undefined;
    const hash = contentHash({ article: doc.article, text: doc.text });
    this.db.transaction(() => writeDocument(this.db, doc, hash, pipelineId(this.extractor()), new Date().toISOString())).immediate();
    return { created: !existed };
  }

  remove(id: string): boolean {
    const row = stmt(this.db, 'SELECT rowid FROM articles WHERE id = ?').get(id) as { rowid: number } | undefined;
    if (!row) return false;
    this.db.transaction(() => {
      const touched = removeDerived(this.db, row.rowid);
      recountEvents(this.db, touched);
      stmt(this.db, 'UPDATE articles SET copy_of = NULL WHERE copy_of = ?').run(row.rowid);
      stmt(this.db, 'DELETE FROM errors WHERE article_id = ?').run(id);
      stmt(this.db, 'DELETE FROM articles WHERE rowid = ?').run(row.rowid);
    }).immediate();
    return true;
  }

  reprocess(ids: string[]): { reprocessed: number } {
    const targets = ids.length ? ids : (stmt(this.db, 'SELECT id FROM articles ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
    const writer = new StoreWriter(this.db, this.extractor(), { force: true });
    for (const id of targets) {
      const doc = getArticle(this.db, id)?.document;
      if (!doc) throw new ReadoutError('NOT_FOUND', `no article ${id}`, { article: id });
    }
    for (const id of targets) {
      const doc = getArticle(this.db, id)!.document;
      writer.add({ ok: true, value: { article: doc.article, text: doc.text } });
    }
    writer.flush();
    return { reprocessed: targets.length };
  }
}
