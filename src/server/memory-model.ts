import type { ReadoutDocument } from '../document/schema.js';
import { ReadoutError } from '../errors/readout-error.js';
import { eventRows, periodOf, rowMatches, sortRows } from './event-rows.js';
import { pageOf } from './paging.js';
import { eventsCsv, ploverJsonl } from './memory-export.js';
import type { ActorRow, DyadBucket, DyadRow, EventRow, ExportFormat, ReadModel, TimelineBucket } from './read-model.js';

/**
 * A read model over documents held in memory: the API without a database (tests, and
 * `readout serve --memory`). Linear scans; the SQLite store answers the same questions with indexes.
 */
export class MemoryModel implements ReadModel {
  private readonly docs = new Map<string, ReadoutDocument>();
  private rows: EventRow[] | null = null;

  constructor(docs: ReadoutDocument[] = [], private readonly redo: (doc: ReadoutDocument) => ReadoutDocument = (d) => d) {
    for (const d of docs) this.docs.set(d.article.id, d);
  }

  private allRows(): EventRow[] {
    this.rows ??= [...this.docs.values()].flatMap(eventRows);
    return this.rows;
  }

  articles(q: Parameters<ReadModel['articles']>[0]) {
    const needle = q.text?.toLowerCase();
    const list = [...this.docs.values()]
      .filter((d) => !needle || d.text.toLowerCase().includes(needle) || (d.article.title ?? '').toLowerCase().includes(needle))
      .map((d) => ({ id: d.article.id, title: d.article.title, source: d.article.source, url: d.article.url, published: d.article.published, events: d.events.length }))
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
    return pageOf(list, q);
  }

  article(id: string) {
    return this.docs.get(id) ?? null;
  }

  events(q: Parameters<ReadModel['events']>[0]) {
    return pageOf(sortRows(this.allRows().filter((r) => rowMatches(r, q)), q), q);
  }

  actors(q: Parameters<ReadModel['actors']>[0]) {
    const byKey = new Map<string, ActorRow & { arts: Set<string> }>();
    for (const r of this.allRows()) {
      for (const a of [r.source, r.target]) {
        if (!a) continue;
        const key = `${a.code ?? ''}|${a.name.toLowerCase()}`;
        const row = byKey.get(key) ?? { id: key, ...a, aliases: [], events: 0, articles: 0, arts: new Set<string>() };
        row.events++;
        row.arts.add(r.article);
        byKey.set(key, row);
      }
    }
    const needle = q.name?.toLowerCase();
    const list = [...byKey.values()]
      .filter((a) => !needle || a.name.toLowerCase().includes(needle))
      .map(({ arts, ...a }) => ({ ...a, articles: arts.size }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
    return pageOf(list, q);
  }

  quotes(q: Parameters<ReadModel['quotes']>[0]) {
    const needle = q.speaker?.toLowerCase();
    const list = [...this.docs.values()].flatMap((d) => {
      const names = new Map(d.entities.map((e) => [e.id, e.name]));
      return d.quotes.map((qu) => ({
        id: `${d.article.id}/${qu.id}`, article: d.article.id, speaker: (qu.speaker ? names.get(qu.speaker) : null) ?? qu.speakerText,
        kind: qu.kind, text: qu.text, date: d.article.published,
      }));
    }).filter((r) => (!needle || (r.speaker ?? '').toLowerCase().includes(needle)) && (!q.article || r.article === q.article));
    return pageOf(list, q);
  }

  dyads(q: Parameters<ReadModel['dyads']>[0]) {
    const byPair = new Map<string, DyadRow>();
    for (const r of this.allRows().filter((x) => x.target && rowMatches(x, q))) {
      const key = `${r.source.name}\u0000${r.target!.name}`;
      const d = byPair.get(key) ?? { source: r.source, target: r.target!, count: 0, goldsteinSum: 0, goldsteinMean: 0 };
      d.count++;
      d.goldsteinSum += r.goldstein;
      d.goldsteinMean = d.goldsteinSum / d.count;
      byPair.set(key, d);
    }
    return pageOf([...byPair.values()].sort((a, b) => b.count - a.count), q);
  }

  dyad(a: string, b: string, by: Parameters<ReadModel['dyad']>[2], filter: Parameters<ReadModel['dyad']>[3]): DyadBucket[] {
    const buckets = new Map<string, DyadBucket>();
    for (const r of this.allRows()) {
      if (!r.date || !rowMatches(r, { ...filter, source: a, target: b })) continue;
      const p = periodOf(r.date, by);
      const bk = buckets.get(p) ?? { period: p, count: 0, goldsteinSum: 0, goldsteinMean: 0 };
      bk.count++;
      bk.goldsteinSum += r.goldstein;
      bk.goldsteinMean = bk.goldsteinSum / bk.count;
      buckets.set(p, bk);
    }
    return [...buckets.values()].sort((x, y) => x.period.localeCompare(y.period));
  }

  timeline(by: Parameters<ReadModel['timeline']>[0], filter: Parameters<ReadModel['timeline']>[1]): TimelineBucket[] {
    const buckets = new Map<string, TimelineBucket & { sum: number }>();
    for (const r of this.allRows()) {
      if (!r.date || !rowMatches(r, filter)) continue;
      const p = periodOf(r.date, by);
      const bk = buckets.get(p) ?? { period: p, count: 0, quad: [0, 0, 0, 0], goldsteinMean: 0, sum: 0 };
      bk.count++;
      bk.quad[r.quadClass - 1]!++;
      bk.sum += r.goldstein;
      bk.goldsteinMean = bk.sum / bk.count;
      buckets.set(p, bk);
    }
    return [...buckets.values()].map(({ sum: _s, ...b }) => b).sort((x, y) => x.period.localeCompare(y.period));
  }

  exportAs(format: ExportFormat, filter: Parameters<ReadModel['exportAs']>[1]) {
    const rows = this.allRows().filter((r) => rowMatches(r, filter));
    if (format === 'csv') return { contentType: 'text/csv; charset=utf-8', filename: 'events.csv', body: eventsCsv(rows) };
    if (format === 'plover') return { contentType: 'application/x-ndjson; charset=utf-8', filename: 'events.plover.jsonl', body: ploverJsonl(rows.filter((r) => r.plover !== null)) };
    throw new ReadoutError('REQUEST_INVALID', `export format ${format} needs the SQLite store (readout serve --db)`);
  }

  save(doc: ReadoutDocument) {
    const created = !this.docs.has(doc.article.id);
    this.docs.set(doc.article.id, doc);
    this.rows = null;
    return { created };
  }

  remove(id: string) {
    this.rows = null;
    return this.docs.delete(id);
  }

  reprocess(ids: string[]) {
    const targets = ids.length ? ids : [...this.docs.keys()];
    let n = 0;
    for (const id of targets) {
      const doc = this.docs.get(id);
      if (!doc) throw new ReadoutError('NOT_FOUND', `no article ${id}`, { article: id });
      this.docs.set(id, this.redo(doc));
      n++;
    }
    this.rows = null;
    return { reprocessed: n };
  }
}
