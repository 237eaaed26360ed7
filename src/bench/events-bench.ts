import { existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extractor } from '../extract/extractor.js';
import { StoreModel } from '../server/store-model.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import { openStore } from '../store/open-store.js';
import { benchApp, timeRequests } from './api-bench.js';
import { fmt } from './stats.js';

const CODES = ['010', '036', '040', '042', '051', '057', '061', '111', '112', '120', '141', '173', '190', '193', '195'];
const actorName = (i: number) => `Actor${i}`;

/** A store with `events` synthetic root events (one mention each) over 500 skewed actors and ten years; kept in the temp folder. */
function eventStore(events: number): string {
  const path = join(tmpdir(), `readout-api-bench-${events}-v${SCHEMA_VERSION}.db`);
  if (existsSync(path)) return path;
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openStore(building);
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const now = new Date().toISOString();
  db.transaction(() => {
    const actor = db.prepare('INSERT INTO actors (key, name, name_norm, type, code, country) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 500; i++) actor.run(`name:${actorName(i).toLowerCase()}|`, actorName(i), actorName(i).toLowerCase(), 'GPE', `A${String(i).padStart(2, '0')}`, `A${String(i % 100).padStart(2, '0')}`);
    const articles = Math.ceil(events / 10);
    const art = db.prepare("INSERT INTO articles (id, content_hash, source_key, pipeline, ingested_at) VALUES (?, '', ?, 'synthetic', ?)");
    for (let i = 1; i <= articles; i++) art.run(`syn-${i}`, `src${i % 300}`, now);
    const ev = db.prepare(`INSERT INTO events (key, source, target, code, base, root, label, quad, goldstein, day, place, lat, lon, num_mentions, num_articles, num_sources, first_article, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?)`);
    const mention = db.prepare(`INSERT INTO event_mentions (event, article, event_id, sentence_id, sentence_index, start, end, evidence, negated, modality, confidence, rule)
      VALUES (?, ?, ?, 's1', 0, 0, 10, '[{"start":0,"end":10}]', 0, 'asserted', 0.8, 'synthetic')`);
    const text = db.prepare('INSERT INTO mention_text (rowid, text) VALUES (?, ?)');
    const start = Date.UTC(2015, 0, 1);
    for (let i = 1; i <= events; i++) {
      const s = 1 + Math.floor(500 * rnd() ** 3);
      const t = 1 + ((s + 1 + Math.floor(499 * rnd() ** 2)) % 500);
      const code = CODES[Math.floor(rnd() * CODES.length)]!;
      const day = Number(new Date(start + Math.floor(rnd() * 3650) * 86400000).toISOString().slice(0, 10).replaceAll('-', ''));
      const root = Number(code.slice(0, 2));
      const quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
      const a = 1 + Math.floor(rnd() * articles);
      const id = Number(ev.run(`${i}`, s, t, code, code, code.slice(0, 2), `code ${code}`, quad, quad <= 2 ? 3 : -5, day, `Place${i % 50}`, (i % 160) - 80, (i % 360) - 180, a, now).lastInsertRowid);
      const m = Number(mention.run(id, a, `v${i}`).lastInsertRowid);
      text.run(m, `${actorName(s)} and ${actorName(t)} event ${code} number ${i}.`);
    }
  }).immediate();
  db.close();
  renameSync(building, path);
  return path;
}

/** GET /events over a store of `events` events: an actor in a date range, a dyad, a quad class page, a sort. */
export async function benchEventsEndpoint(extractor: Extractor, events = 100_000, runs = 200): Promise<string> {
  const t0 = performance.now();
  const path = eventStore(events);
  const built = (performance.now() - t0) / 1000;
  const db = openStore(path);
  try {
    const app = benchApp(new StoreModel(db, () => extractor), extractor);
    const queries = [
      (i: number) => `/events?actor=${actorName(i % 10)}&since=2018-01-01&until=2020-12-31&limit=50`,
      (i: number) => `/events?source=${actorName(i % 10)}&target=${actorName((i % 10) + 2)}&limit=50`,
      (i: number) => `/events?quad=${1 + (i % 4)}&limit=50&offset=${(i % 5) * 50}`,
      () => '/events?limit=50&sort=goldstein&order=asc',
    ];
    const t = await timeRequests(app, (i) => new Request(`http://localhost${queries[i % queries.length]!(i)}`), runs);
    return `GET /events over ${events.toLocaleString('en-US')} stored events (in-process; actor + dates, dyad, quad class page, sorted by Goldstein; 50 a page; store built in ${fmt(built, 1)} s): p50 ${fmt(t.p50, 2)} ms, p95 ${fmt(t.p95, 2)} ms, max ${fmt(t.max, 2)} ms (target p95 <= 50 ms)`;
  } finally {
    db.close();
  }
}
