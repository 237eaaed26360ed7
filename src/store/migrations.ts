import type Database from 'better-sqlite3';
import { ReadoutError } from '../errors/readout-error.js';

/**
 * The store's schema, as numbered migrations applied in order on open. A migration runs in one
 * transaction with the version bump, so a crash leaves the database at the previous version.
 * Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: articles, whole documents, actors, quotes, root events, event mentions, errors, full text.
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT, source TEXT, url TEXT, author TEXT,
    published TEXT,
    source_key TEXT NOT NULL,
    input TEXT, format TEXT,
    copy_of INTEGER REFERENCES articles(rowid),
    similarity REAL,
    minhash BLOB,
    pipeline TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    n_entities INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_events INTEGER NOT NULL DEFAULT 0,
    n_errors INTEGER NOT NULL DEFAULT 0,
    text_length INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX articles_hash ON articles(content_hash);
  CREATE INDEX articles_published ON articles(published);
  CREATE TABLE article_bands (band INTEGER NOT NULL, article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE, PRIMARY KEY (band, article)) WITHOUT ROWID;
  CREATE TABLE documents (article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE, json BLOB NOT NULL);

  CREATE TABLE actors (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    type TEXT, code TEXT, country TEXT, sector TEXT, kb TEXT,
    n_source INTEGER NOT NULL DEFAULT 0,
    n_target INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX actors_code ON actors(code);
  CREATE INDEX actors_country ON actors(country);
  CREATE INDEX actors_name ON actors(name_norm);
  CREATE TABLE actor_aliases (actor INTEGER NOT NULL REFERENCES actors(rowid), alias TEXT NOT NULL, alias_norm TEXT NOT NULL, PRIMARY KEY (actor, alias)) WITHOUT ROWID;
  CREATE INDEX actor_aliases_norm ON actor_aliases(alias_norm);
  CREATE TABLE article_actors (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    actor INTEGER NOT NULL REFERENCES actors(rowid),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article, entity)
  ) WITHOUT ROWID;
  CREATE INDEX article_actors_actor ON article_actors(actor);

  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    speaker INTEGER REFERENCES actors(rowid), speaker_text TEXT, channel TEXT,
    UNIQUE (article, quote_id)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker);

  CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source INTEGER NOT NULL REFERENCES actors(rowid),
    target INTEGER REFERENCES actors(rowid),
    code TEXT NOT NULL, base TEXT NOT NULL, root TEXT NOT NULL, label TEXT NOT NULL,
    quad INTEGER NOT NULL, goldstein REAL NOT NULL,
    plover TEXT, plover_mode TEXT,
    day INTEGER,
    place TEXT, place_country TEXT, lat REAL, lon REAL, place_feature TEXT,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    first_article INTEGER NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE INDEX events_source ON events(source, day);
  CREATE INDEX events_target ON events(target, day);
  CREATE INDEX events_dyad ON events(source, target, day);
  CREATE INDEX events_day ON events(day);
  CREATE INDEX events_code ON events(code, day);
  CREATE INDEX events_root ON events(root, day);
  CREATE INDEX events_quad ON events(quad, day);
  CREATE INDEX events_plover ON events(plover, day);

  CREATE TABLE event_mentions (
    rowid INTEGER PRIMARY KEY,
    event INTEGER NOT NULL REFERENCES events(rowid),
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    sentence_id TEXT NOT NULL,
    sentence_index INTEGER,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    source_text TEXT, target_text TEXT,
    source_start INTEGER, target_start INTEGER,
    negated INTEGER NOT NULL, modality TEXT NOT NULL,
    quote_id TEXT, confidence REAL NOT NULL, rule TEXT NOT NULL,
    via_copy INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article, event_id)
  );
  CREATE INDEX event_mentions_event ON event_mentions(event);
  CREATE VIRTUAL TABLE mention_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

  CREATE TABLE errors (
    rowid INTEGER PRIMARY KEY,
    input TEXT NOT NULL DEFAULT '', line INTEGER NOT NULL DEFAULT 0, article_id TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '', code TEXT NOT NULL, message TEXT NOT NULL,
    first_at TEXT NOT NULL, last_at TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 1
  );
  CREATE UNIQUE INDEX errors_unique ON errors(input, line, article_id, stage, code);
  `,
  // 2: how each document is encoded (src/store/document-codec.ts); the rows of version 1 are codec 1.
  `
  ALTER TABLE documents ADD COLUMN codec INTEGER NOT NULL DEFAULT 1;
  `,
  // 3: each event's own actor codes (the code of its day, src/stages/events/actors-at-date.ts), on the
  // root event and on each mention; what a code means (country, sector) in actor_codes. Rows of older
  // versions take their actor row's code, which is what they showed before. The target index also
  // holds the source code, so that counting events between two codes reads the index alone.
  `
  ALTER TABLE events ADD COLUMN source_code TEXT;
  ALTER TABLE events ADD COLUMN target_code TEXT;
  ALTER TABLE event_mentions ADD COLUMN source_code TEXT;
  ALTER TABLE event_mentions ADD COLUMN target_code TEXT;
  CREATE TABLE actor_codes (code TEXT PRIMARY KEY, country TEXT, sector TEXT) WITHOUT ROWID;
  CREATE INDEX actor_codes_country ON actor_codes(country);
  UPDATE events SET source_code = (SELECT code FROM actors WHERE rowid = events.source),
    target_code = (SELECT code FROM actors WHERE rowid = events.target);
  UPDATE event_mentions SET source_code = (SELECT source_code FROM events WHERE rowid = event_mentions.event),
    target_code = (SELECT target_code FROM events WHERE rowid = event_mentions.event);
  INSERT OR IGNORE INTO actor_codes (code, country, sector)
    SELECT a.code, a.country, a.sector FROM actors a WHERE a.code IS NOT NULL
      AND (a.rowid IN (SELECT source FROM events) OR a.rowid IN (SELECT target FROM events)) ORDER BY a.rowid;
  CREATE INDEX events_source_code ON events(source_code, day);
  CREATE INDEX events_target_code ON events(target_code, day, source_code);
  `,
  // 4: errors by article: storing an article clears its stage errors (and deleting it, all of them),
  // which scanned the whole table (the unique index starts with the input).
  `
  CREATE INDEX errors_article ON errors(article_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to SCHEMA_VERSION; refuses a database written by a newer readout. */
export function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  let version = row?.version ?? 0;
  if (version > SCHEMA_VERSION) {
    throw new ReadoutError('STORE_VERSION', `database schema version ${version} is newer than this readout (${SCHEMA_VERSION})`, { input: path });
  }
  while (version < SCHEMA_VERSION) {
    const next = version + 1;
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(next);
    }).immediate();
    version = next;
  }
}
