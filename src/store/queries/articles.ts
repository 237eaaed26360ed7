import type Database from 'better-sqlite3';
import type { Article, ReadoutDocument } from '../../document/schema.js';
import { decodeArticleText, decodeDocument } from '../document-codec.js';

export interface ArticleRow {
  rowid: number;
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  input: string | null;
  /** Id of the article this one is a syndicated copy of, and the estimated similarity. */
  copyOf: string | null;
  similarity: number | null;
  entities: number;
  quotes: number;
  events: number;
  errors: number;
  ingestedAt: string;
  pipeline: string;
}

const SELECT = `SELECT a.rowid, a.id, a.title, a.source, a.url, a.published, a.input, o.id AS copy_of, a.similarity, a.n_entities AS entities,
  a.n_quotes AS quotes, a.n_events AS events, a.n_errors AS errors, a.ingested_at, a.pipeline
  FROM articles a LEFT JOIN articles o ON o.rowid = a.copy_of`;

function toRow(r: Record<string, unknown>): ArticleRow {
  return {
    rowid: r.rowid as number, id: r.id as string, title: r.title as string | null, source: r.source as string | null, url: r.url as string | null,
    published: r.published as string | null, input: r.input as string | null, copyOf: r.copy_of as string | null, similarity: r.similarity as number | null,
    entities: r.entities as number, quotes: r.quotes as number, events: r.events as number, errors: r.errors as number,
    ingestedAt: r.ingested_at as string, pipeline: r.pipeline as string,
  };
}

export function listArticles(db: Database.Database, page: { limit?: number; offset?: number } = {}): ArticleRow[] {
  return (db.prepare(`${SELECT} ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?`).all(page.limit ?? 100, page.offset ?? 0) as Record<string, unknown>[]).map(toRow);
}

/** One stored article: its row and the whole document as extracted. Null when unknown. */
export function getArticle(db: Database.Database, id: string): { article: ArticleRow; document: ReadoutDocument } | null {
  const r = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!r) return null;
  const doc = db.prepare('SELECT json, codec FROM documents WHERE article = ?').get(r.rowid) as { json: Buffer; codec: number };
  return { article: toRow(r), document: decodeDocument(doc.json, doc.codec) };
}

/** Every stored article's record and text, in storage order (what reprocessing re-extracts). */
export function* iterateArticleTexts(db: Database.Database): Generator<{ article: Article; text: string }> {
  const ids = (db.prepare('SELECT rowid FROM articles ORDER BY rowid').all() as { rowid: number }[]).map((r) => r.rowid);
  const get = db.prepare('SELECT json, codec FROM documents WHERE article = ?');
  for (const rowid of ids) {
    const row = get.get(rowid) as { json: Buffer; codec: number } | undefined;
    if (row) yield decodeArticleText(row.json, row.codec);
  }
}
