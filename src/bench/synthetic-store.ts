import { existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from '../store/migrations.js';
import { openStore } from '../store/open-store.js';
import { seededRandom } from '../test-support/synthetic-articles.js';

const ROLES = ['', 'GOV', 'MIL', 'REB', 'OPP', 'COP', 'BUS', 'MED'];
const CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '070', '071', '090', '111', '112', '120', '130', '138', '141', '145', '160', '163', '172', '173', '180', '190', '193', '195'];

export const SYNTHETIC_COUNTRIES = 250;

/** The synthetic country code of country i (C00..C99, then C10X... as the padding gives). */
const countryOf = (i: number) => `C${String(i).padStart(2, '0')}`.slice(0, 3).padEnd(3, 'X');

/** CAMEO-style code of the synthetic actor for country i and role r (C07GOV; events carry it as their own code). */
export const actorCode = (i: number, r: number) => `${countryOf(i)}${ROLES[r]}`;

/** Name of the synthetic actor for country i and role r (what the bench queries by). */
export const actorName = (i: number, r: number) => `Country${i}${ROLES[r] ? ` ${ROLES[r]}` : ''}`;

/**
 * A database with `events` synthetic root events over 2,000 actors drawn with a skew (a few actors
 * take most events, as in real news) across ten years, for query timings (no mentions or full text:
 * the timed queries do not read them). Built once and kept in the temp folder, keyed by size and
 * schema version; the event indexes are dropped during the bulk insert and rebuilt after it.
 */
export function syntheticStore(events: number): { path: string; built: boolean; seconds: number } {
  const path = join(tmpdir(), `readout-bench-${events}-s${SCHEMA_VERSION}-g4.db`);
  if (existsSync(path)) return { path, built: false, seconds: 0 };
  const t0 = performance.now();
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openStore(building);
  db.pragma('synchronous = OFF');
  const rnd = seededRandom(42);
  const skewed = (n: number) => Math.floor(n * rnd() ** 3);
  const now = new Date().toISOString();
  const eventIndexes = MIGRATIONS.flatMap((m) => m.split(';')).map((x) => x.trim()).filter((x) => /^CREATE INDEX events_/.test(x));
  for (const sql of eventIndexes) db.exec(`DROP INDEX ${/^CREATE INDEX (\w+)/.exec(sql)![1]}`);
  db.transaction(() => {
    const actor = db.prepare('INSERT INTO actors (key, name, name_norm, type, code, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < SYNTHETIC_COUNTRIES; i++) {
      for (let r = 0; r < ROLES.length; r++) {
        const country = countryOf(i);
        const name = actorName(i, r);
        actor.run(`name:${name.toLowerCase()}|`, name, name.toLowerCase(), r === 0 ? 'GPE' : 'ORG', `${country}${ROLES[r]}`, country, ROLES[r] || null);
      }
    }
    const articles = Math.max(1, Math.floor(events / 10));
    const article = db.prepare("INSERT INTO articles (id, content_hash, source_key, pipeline, ingested_at, published) VALUES (?, '', ?, 'synthetic', ?, ?)");
    for (let i = 1; i <= articles; i++) article.run(`syn-${i}`, `source:${i % 300}`, now, null);
    const ev = db.prepare(`INSERT INTO events (key, source, target, code, base, root, label, quad, goldstein, day, num_mentions, num_articles, num_sources, first_article, added_at,
      source_code, target_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?)`);
    const codeOf = (actor: number) => { // actors are numbered from 1 in the order inserted above
      const i = Math.floor((actor - 1) / ROLES.length);
      return `${countryOf(i)}${ROLES[(actor - 1) % ROLES.length]}`;
    };
    const actors = SYNTHETIC_COUNTRIES * ROLES.length;
    const start = Date.UTC(2015, 0, 1);
    for (let i = 1; i <= events; i++) {
      const s = 1 + skewed(actors);
      let t = 1 + skewed(actors);
      if (t === s) t = 1 + ((t + 1) % actors);
      const code = CODES[Math.floor(rnd() * CODES.length)]!;
      const d = new Date(start + Math.floor(rnd() * 3650) * 86400000).toISOString().slice(0, 10);
      const day = Number(d.replaceAll('-', ''));
      const root = code.slice(0, 2);
      const quad = Number(root) <= 5 ? 1 : Number(root) <= 8 ? 2 : Number(root) <= 14 ? 3 : 4;
      const art = 1 + Math.floor(rnd() * articles);
      ev.run(`${s}|${t}|${code}|${day}|${i}`, s, t, code, code, root, `code ${code}`, quad, quad <= 2 ? 3 : -5, day, art, now, codeOf(s), codeOf(t));
    }
  })();
  for (const sql of eventIndexes) db.exec(sql);
  db.exec('INSERT OR IGNORE INTO actor_codes (code, country, sector) SELECT code, country, sector FROM actors ORDER BY rowid');
  db.exec(`UPDATE actors SET n_source = (SELECT count(*) FROM events WHERE source = actors.rowid),
    n_target = (SELECT count(*) FROM events WHERE target = actors.rowid)`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  renameSync(building, path);
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  return { path, built: true, seconds: (performance.now() - t0) / 1000 };
}
