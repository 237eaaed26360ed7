import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Extractor } from '../extract/extractor.js';
import { ExtractorPool } from '../extract/extractor-pool.js';
import { decodeDocument, encodeDocument } from './document-codec.js';
import { ingestInputs } from './ingest-run.js';
import { openStore } from './open-store.js';
import { checkStore } from './store-integrity.js';

// Short wire stories written for this test; two share an id to check that one is stored once.
const STORIES = [
  { id: 'j1', date: '2024-12-30', text: 'BAGHDAD — Iraq and Syria agreed on Monday to reopen their embassies. The Iraqi foreign minister said "We want our mission back in Damascus."' },
  { id: 'j2', date: '2024-11-04', text: 'CAIRO — Egypt condemned an Israeli airstrike on Gaza on Sunday, the foreign ministry said.' },
  { id: 'j3', date: '2025-02-10', text: 'KYIV — Russian forces shelled Kharkiv overnight, Ukrainian officials said. Ukraine asked its allies for more air defence.' },
  { id: 'j4', date: '2023-06-01', text: 'NAIROBI — Kenyan police arrested 12 protesters in Nairobi on Thursday.' },
  { id: 'j1', date: '2024-12-30', text: 'BAGHDAD — Iraq and Syria agreed on Monday to reopen their embassies. The Iraqi foreign minister said "We want our mission back in Damascus."' },
];

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-jobs-'));
  const file = join(dir, 'stories.jsonl');
  writeFileSync(file, `${STORIES.map((s) => JSON.stringify({ id: s.id, published: s.date, text: s.text })).join('\n')}\n{"id": "bad", "text": \n`);
  return file;
}

/** Every stored row that extraction decides, without the times of writing. */
function contents(path: string): string[] {
  const db = openStore(path);
  try {
    const rows = (sql: string) => (db.prepare(sql).raw().all() as unknown[][]).map((r) => JSON.stringify(r.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"T"'));
    return [
      ...rows('SELECT id, content_hash, copy_of FROM articles ORDER BY rowid'),
      ...rows('SELECT article, json FROM documents ORDER BY article'),
      ...rows('SELECT * FROM events ORDER BY 1'),
      ...rows('SELECT * FROM event_mentions ORDER BY 1, 2'),
      ...rows('SELECT * FROM actors ORDER BY 1'),
      ...rows('SELECT * FROM quotes ORDER BY 1'),
      ...rows('SELECT line, code FROM errors ORDER BY 1'),
    ];
  } finally {
    db.close();
  }
}

const pools: ExtractorPool[] = [];
afterAll(async () => { await Promise.all(pools.map((p) => p.close())); });

describe('ingest --jobs', () => {
  it('stores exactly what one thread stores, in input order, and records the bad article', async () => {
    const input = corpus();
    const dbPath = (name: string) => join(mkdtempSync(join(tmpdir(), 'readout-jobs-db-')), `${name}.db`);
    const one = dbPath('one');
    const two = dbPath('two');
    const db1 = openStore(one);
    const r1 = await ingestInputs(db1, new Extractor(), [input], { maxBytes: 1e6 });
    db1.close();
    const pool = new ExtractorPool(2);
    pools.push(pool);
    const db2 = openStore(two);
    const r2 = await ingestInputs(db2, pool, [input], { maxBytes: 1e6, batchSize: 2 });
    expect(checkStore(db2)).toEqual([]);
    db2.close();
    expect(r2).toMatchObject({ stored: 4, unchanged: 1, failed: 1 });
    expect({ ...r2, seconds: 0 }).toEqual({ ...r1, seconds: 0 });
    const c2 = contents(two);
    expect(c2.length).toBeGreaterThan(10);
    expect(c2.at(-1)).toMatch(/^\[6,"/); // the bad record (line 6) is listed
    expect(c2).toEqual(contents(one));
  }, 120_000);

  it('hands back the same document as extraction in this thread, clause layer included', async () => {
    const pool = new ExtractorPool(1);
    pools.push(pool);
    const ingested = { article: { id: 'p1', title: null, source: null, url: null, author: null, published: '2024-12-30', publishedFrom: 'option' as const, input: null, format: 'text' as const, dateline: null }, text: STORIES[0]!.text };
    const here = new Extractor().extract(ingested);
    expect(here.clauses.length).toBeGreaterThan(0);
    expect(await pool.extract(ingested)).toEqual(here);
  }, 120_000);

  it('hands the store the document encoded on the worker, and for the rows the document without tokens and clauses', async () => {
    const pool = new ExtractorPool(1);
    pools.push(pool);
    const ingested = { article: { id: 'p2', title: null, source: null, url: null, author: null, published: '2024-11-04', publishedFrom: 'option' as const, input: null, format: 'text' as const, dateline: null }, text: STORIES[1]!.text };
    const here = new Extractor().extract(ingested);
    const { doc, encoded } = await pool.extractForStore(ingested);
    expect(JSON.stringify(decodeDocument(encoded.bytes, encoded.codec))).toBe(JSON.stringify(here));
    expect(encoded).toEqual(encodeDocument(here, { derivedClauses: true }));
    expect(doc).toEqual({ ...here, tokens: [], clauses: [] });
  }, 120_000);

  it('stops with the knowledge-base error when the workers cannot load a user folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-jobs-kb-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'broken.yaml'), '- id: x\n  name: X\n  roles: []\n');
    const pool = new ExtractorPool(2, { kbDirs: [dir] });
    pools.push(pool);
    const db = openStore(join(mkdtempSync(join(tmpdir(), 'readout-jobs-db-')), 'kb.db'));
    await expect(ingestInputs(db, pool, [corpus()], { maxBytes: 1e6 })).rejects.toMatchObject({ code: 'KB_INVALID' });
    db.close();
  }, 120_000);
});
