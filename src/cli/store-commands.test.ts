import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { checkStore } from '../store/store-integrity.js';
import { iranIraqDocuments, storeDocuments } from '../test-support/store-fixture.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'readout');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

const STORY = (n: number) => `BAGHDAD — Iraq's foreign minister met his Syrian counterpart on Monday, story ${n}. "We agreed to reopen the crossing," the minister said.\n`;

describe('readout ingest and errors (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-cli-'));
  const news = join(dir, 'news');
  const db = join(dir, 'cli.db');
  spawnSync('mkdir', ['-p', join(news, 'sub')]);
  writeFileSync(join(news, 'one.txt'), STORY(1));
  writeFileSync(join(news, 'sub', 'two.txt'), STORY(2));
  writeFileSync(join(news, 'bad.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  writeFileSync(join(news, 'batch.jsonl'), [JSON.stringify({ id: 'j1', text: STORY(3), published: '2024-12-30' }), '{"id": "broken", "text": "unterminated'].join('\n'));

  it('stores a directory, records the bad inputs with reason and time, and goes on', () => {
    const r = run(['ingest', news, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('stored 3');
    expect(r.stdout).toContain('failed 2');
    const errors = JSON.parse(run(['errors', '--db', db, '--format', 'json']).stdout) as { input: string; line: number | null; code: string; lastAt: string }[];
    expect(errors.map((e) => e.code).sort()).toEqual(['INPUT_BINARY', 'JSONL_PARSE']);
    expect(errors.find((e) => e.code === 'JSONL_PARSE')).toMatchObject({ input: join(news, 'batch.jsonl'), line: 2 });
    expect(errors.every((e) => !Number.isNaN(Date.parse(e.lastAt)))).toBe(true);
  });

  it('is idempotent from the command line too, and bad input never damages what is stored', () => {
    const before = run(['quotes', '--db', db, '--format', 'json']).stdout;
    const again = run(['ingest', news, '--db', db]);
    expect(again.stdout).toContain('stored 0');
    expect(again.stdout).toContain('unchanged 3');
    expect(run(['quotes', '--db', db, '--format', 'json']).stdout).toBe(before);
    expect(JSON.parse(run(['errors', '--db', db, '--format', 'json']).stdout)).toHaveLength(2);
    const store = openStore(db);
    expect(checkStore(store)).toEqual([]);
    expect((store.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(3);
    store.close();
  });

  it('says plainly when there is no database', () => {
    const r = run(['events', '--db', join(dir, 'none.db')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('STORE_OPEN');
  });
});

describe('ingest, watch and reprocess take the knowledge options of extract (CLI)', () => {
  // a person and a verb the bundled data does not know, written for this test
  const dir = mkdtempSync(join(tmpdir(), 'readout-knowledge-cli-'));
  spawnSync('mkdir', ['-p', join(dir, 'kb', 'people'), join(dir, 'patterns'), join(dir, 'news'), join(dir, 'watched')]);
  writeFileSync(join(dir, 'kb', 'people', 'mine.yaml'), '- id: farid-qasimi\n  name: Farid Qasimi\n  roles:\n    - { country: IRN, sector: GOV, title: trade minister, from: 2023-01-01, to: null }\n');
  writeFileSync(join(dir, 'patterns', 'praise.yaml'), "patterns:\n  - id: praise.serenade\n    code: '051'\n    verbs: [serenade]\n    requires: { object: [] }\n    target: [object]\n    example: \"Iran serenaded Iraq.\"\n");
  writeFileSync(join(dir, 'news', 'met.txt'), 'Farid Qasimi met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.\n');
  writeFileSync(join(dir, 'watched', 'praise.txt'), 'Iran serenaded Iraq in Baghdad on Monday.\n');
  const events = (db: string, ...filter: string[]) => JSON.parse(run(['events', '--db', db, '--format', 'json', ...filter]).stdout) as { code: string; source: { code: string } }[];

  it('ingest --kb: a user knowledge-base folder changes what is stored; reprocess --kb brings an older store in step', () => {
    const plain = join(dir, 'plain.db');
    const withKb = join(dir, 'kb.db');
    expect(run(['ingest', join(dir, 'news'), '--db', plain, '--date', '2024-12-30']).status).toBe(0);
    expect(run(['ingest', join(dir, 'news'), '--db', withKb, '--date', '2024-12-30', '--kb', join(dir, 'kb')]).status).toBe(0);
    expect(events(plain, '--source', 'IRNGOV')).toEqual([]);
    expect(events(withKb, '--source', 'IRNGOV')).toMatchObject([{ code: '040', source: { code: 'IRNGOV' } }]);
    const r = run(['reprocess', '--db', plain, '--kb', join(dir, 'kb')]);
    expect(r.status).toBe(0);
    expect(events(plain, '--source', 'Farid Qasimi')).toMatchObject([{ code: '040', source: { code: 'IRNGOV' } }]);
    expect(run(['ingest', join(dir, 'news'), '--db', plain, '--kb', join(dir, 'nowhere')]).status).toBe(2);
  });

  it('reprocess --stale re-extracts only what other knowledge extracted: a changed --kb folder counts, the same one does not', () => {
    const db = join(dir, 'stale.db');
    expect(run(['ingest', join(dir, 'news'), '--db', db, '--date', '2024-12-30']).status).toBe(0);
    expect(run(['reprocess', '--db', db, '--stale']).stdout).toContain('reprocessed 0 articles');
    // ingest leaves an unchanged article alone, and says it was extracted with other knowledge
    const again = run(['ingest', join(dir, 'news'), '--db', db, '--date', '2024-12-30', '--kb', join(dir, 'kb')]).stdout;
    expect(again).toContain('unchanged 1');
    expect(again).toContain('1 unchanged articles were extracted with other knowledge');
    expect(run(['ingest', join(dir, 'news'), '--db', db, '--date', '2024-12-30']).stdout).not.toContain('other knowledge');
    const r = run(['reprocess', '--db', db, '--stale', '--kb', join(dir, 'kb')]);
    expect(r.stdout).toContain('reprocessed 1 articles');
    expect(events(db, '--source', 'IRNGOV')).toMatchObject([{ code: '040' }]);
    expect(run(['reprocess', '--db', db, '--stale', '--kb', join(dir, 'kb')]).stdout).toContain('reprocessed 0 articles');
  });

  it('watch --patterns: user event patterns apply to what is watched', () => {
    const db = join(dir, 'watch.db');
    expect(run(['watch', join(dir, 'watched'), '--once', '--db', db, '--date', '2024-12-30']).status).toBe(0);
    expect(events(db, '--code', '051')).toEqual([]);
    const other = join(dir, 'watch-patterns.db');
    expect(run(['watch', join(dir, 'watched'), '--once', '--db', other, '--date', '2024-12-30', '--patterns', join(dir, 'patterns')]).status).toBe(0);
    expect(events(other, '--code', '051')).toMatchObject([{ code: '051', source: { code: 'IRN' } }]);
  });
});

describe('query and export commands (CLI)', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'readout-query-cli-')), 'q.db');
  storeDocuments(iranIraqDocuments(), db).close();

  it('events: a table for people, JSON and CSV for programs, with filters', () => {
    const table = run(['events', '--db', db]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^id\s+date\s+source/);
    expect(table.stdout).toContain('2 of 2 events');
    const json = JSON.parse(run(['events', '--db', db, '--actor', 'Tehran', '--quad', '3', '--format', 'json']).stdout);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ code: '112', source: { name: 'Iraq' }, target: { name: 'Iran' } });
    const csv = run(['events', '--db', db, '--source', 'IRN', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]!.split(',')).toContain('mentions');
    expect(run(['events', '--db', db, '--text', 'accused', '--format', 'json']).stdout).toContain('"112"');
    expect(JSON.parse(run(['events', '--db', db, '--place', 'Baghdad', '--format', 'json']).stdout)).toHaveLength(1);
  });

  it('dyad, timeline, actors, quotes and article', () => {
    const dyad = JSON.parse(run(['dyad', 'Iran', 'Iraq', '--db', db, '--by', 'month', '--format', 'json']).stdout);
    expect(dyad).toEqual([{ period: '2024-05', events: 2, mentions: 3, goldsteinSum: 6, goldsteinMean: 3 }]);
    const directed = JSON.parse(run(['dyad', 'Iraq', 'Iran', '--db', db, '--directed', '--format', 'json']).stdout);
    expect(directed).toEqual([{ period: '2024-05-03', events: 1, mentions: 1, goldsteinSum: -2, goldsteinMean: -2 }]);
    const week = JSON.parse(run(['timeline', '--db', db, '--by', 'week', '--format', 'json']).stdout);
    expect(week).toEqual([expect.objectContaining({ period: '2024-04-29', events: 2, quad2: 1, quad3: 1 })]);
    const actors = JSON.parse(run(['actors', '--db', db, '--format', 'json']).stdout);
    expect(actors.find((a: { name: string }) => a.name === 'Iran').aliases).toContain('Tehran');
    expect(run(['quotes', '--db', db, '--speaker', 'Iranian president']).stdout).toContain('This is a new day');
    const article = JSON.parse(run(['article', 'a', '--db', db]).stdout);
    expect(article.events[0].cameo.code).toBe('057');
    expect(run(['article', 'nope', '--db', db]).status).toBe(1);
  });

  it('export writes GDELT to a file and PLOVER to stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'readout-export-')), 'events.tsv');
    expect(run(['export', '--db', db, '--format', 'gdelt', '--out', out]).status).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.split('\t').length === 61)).toBe(true);
    expect(run(['export', '--db', db, '--format', 'plover']).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['events', '--db', db, '--quad', '7']).status).toBe(2);
    expect(run(['events', '--db', db, '--since', 'May']).status).toBe(2);
    expect(run(['events', '--db', db, '--text', '"unbalanced']).status).toBe(2);
    expect(run(['export', '--db', db]).status).toBe(2);
    expect(run(['dyad', 'Iran', '--db', db]).status).toBe(2);
    expect(run(['watch', 'x', '--every', 'often']).status).toBe(2);
  });

  it.each(['ingest', 'watch', 'events', 'actors', 'quotes', 'article', 'dyad', 'timeline', 'export', 'reprocess', 'errors'])('has --help for %s', (cmd) => {
    const r = run([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: readout ${cmd}`);
  });
});
