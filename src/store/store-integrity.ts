import type Database from 'better-sqlite3';

/**
 * Problems in a database, as readable lines (empty when sound): SQLite's integrity and foreign-key
 * checks, articles without a document, root-event counts and actor codes that disagree with their mentions.
 */
export function checkStore(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  for (const fk of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    problems.push(`foreign key: ${fk.table} row ${fk.rowid} points at a missing ${fk.parent}`);
  }
  const orphan = (sql: string, what: string) => {
    const n = (db.prepare(sql).get() as { n: number }).n;
    if (n > 0) problems.push(`${n} ${what}`);
  };
  orphan('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article = a.rowid)', 'articles without a document');
  orphan('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.rowid)', 'root events without a mention');
  orphan(`SELECT count(*) AS n FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM event_mentions m WHERE m.event = e.rowid)
    OR e.num_articles <> (SELECT count(DISTINCT article) FROM event_mentions m WHERE m.event = e.rowid)`, 'root events whose counts disagree with their mentions');
  orphan(`SELECT count(*) AS n FROM actors a WHERE a.n_source <> (SELECT count(*) FROM events WHERE source = a.rowid)
    OR a.n_target <> (SELECT count(*) FROM events WHERE target = a.rowid)`, 'actors whose event counts disagree with the events');
  orphan(`SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.rowid
    AND m.source_code IS e.source_code AND m.target_code IS e.target_code)`, 'root events whose actor codes no mention gives');
  orphan(`SELECT count(*) AS n FROM events e WHERE (e.source_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actor_codes c WHERE c.code = e.source_code))
    OR (e.target_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actor_codes c WHERE c.code = e.target_code))`, 'root events with an actor code missing from actor_codes');
  orphan('SELECT count(*) AS n FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM mention_text t WHERE t.rowid = m.rowid)', 'mentions without full text');
  orphan('SELECT count(*) AS n FROM mention_text t WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.rowid = t.rowid)', 'full-text rows without a mention');
  return problems;
}
