import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'readout');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

const GOOD = 'BAGHDAD — Iraq\'s foreign minister met his Syrian counterpart on Monday. They discussed the border.\n';

describe('readout extract (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
  const file = (name: string, content: string | Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const good = file('good.txt', GOOD);
  const empty = file('empty.txt', '');
  const binary = file('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const badUtf8 = file('latin1.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' in Damascus.')]));
  const big = file('big.txt', `${'Long text. '.repeat(200)}\n`);
  const noBody = file('nobody.html', '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  const jsonl = file('batch.jsonl', [
    JSON.stringify({ id: 'ok-1', text: GOOD, published: '2024-12-30' }),
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ id: 'ok-2', text: 'DAMASCUS, Syria: Syria said it would reopen the embassy.', date: '2024-12-29T10:00:00Z' }),
  ].join('\n'));

  it('reports every bad input with its name and reason, and still prints the good articles', () => {
    const r = run(['extract', good, empty, binary, badUtf8, big, noBody, jsonl, '--max-bytes', '1000', '--format', 'jsonl']);
    expect(r.status).toBe(1);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.article.id)).toEqual([expect.any(String), 'ok-1', 'ok-2']);
    expect(docs[1].article.published).toBe('2024-12-30');
    expect(docs[2].article.published).toBe('2024-12-29');
    expect(docs[2].article.dateline.text).toBe('DAMASCUS, Syria');
    const err = r.stderr;
    expect(err).toContain(`${empty}: INPUT_EMPTY`);
    expect(err).toContain(`${binary}: INPUT_BINARY`);
    expect(err).toContain(`${badUtf8}: INPUT_ENCODING`);
    expect(err).toContain(`${big}: INPUT_TOO_LARGE`);
    expect(err).toContain(`${noBody}: HTML_NO_BODY`);
    expect(err).toContain(`${jsonl}:2 article broken: JSONL_PARSE`);
  });

  it('prints one document for one input, an array for several', () => {
    const one = run(['extract', good, '--date', '2024-12-30']);
    expect(one.status).toBe(0);
    const doc = JSON.parse(one.stdout);
    expect(doc.article.published).toBe('2024-12-30');
    expect(doc.sentences).toHaveLength(2);
    const two = run(['extract', good, good]);
    expect(JSON.parse(two.stdout)).toHaveLength(2);
  });

  it('never invents a publication date', () => {
    const doc = JSON.parse(run(['extract', good]).stdout);
    expect(doc.article.published).toBeNull();
    expect(doc.article.publishedFrom).toBe('none');
  });

  it('reads stdin with -, sniffing the format', () => {
    const r = run(['extract', '-', '--format', 'jsonl'], `${JSON.stringify({ id: 'from-stdin', text: GOOD })}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.id).toBe('from-stdin');
    const html = run(['extract', '-'], '<!doctype html><html><head><title>T</title></head><body><article><p>BEIRUT — Lebanon\'s army deployed troops along the southern border on Tuesday, officials said, as a ceasefire took hold.</p></article></body></html>');
    expect(JSON.parse(html.stdout).article.format).toBe('html');
  });

  it('gives the same id to the same text', () => {
    const a = JSON.parse(run(['extract', good]).stdout);
    const b = JSON.parse(run(['extract', '-'], GOOD).stdout);
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['extract', good, '--date', '2024-13-45']).status).toBe(2);
    expect(run(['extract', good, '--format', 'xml']).status).toBe(2);
    expect(run(['extract']).status).toBe(2);
    expect(run(['no-such-command']).status).toBe(2);
  });

  it('reports a missing file and goes on', () => {
    const r = run(['extract', join(dir, 'missing.txt'), good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('INPUT_NOT_FOUND');
    expect(JSON.parse(r.stdout).sentences.length).toBe(2);
  });

  it.each(['extract', 'schema', 'demo'])('has --help for %s', (cmd) => {
    const r = run([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: readout');
  });

  it('prints the contract as JSON Schema', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    expect(schema.properties.events.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['article', 'text', 'entities', 'times', 'quotes', 'events', 'errors']));
  });
});

describe('readout demo (CLI)', () => {
  it('extracts every sample article and summarises it', () => {
    const r = run(['demo', '--db', join(mkdtempSync(join(tmpdir(), 'readout-demo-')), 'demo.db')]);
    expect(r.status).toBe(0);
    const m = /(\d+) of (\d+) sample articles extracted/.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(6);
    expect(m![1]).toBe(m![2]);
    expect(r.stdout).toContain('sentences');
  });
});
