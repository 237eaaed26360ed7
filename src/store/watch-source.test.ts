import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryWatch, parseInterval } from './watch-source.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'readout');

describe('watch', () => {
  it('parses intervals', () => {
    expect(parseInterval('30s')).toBe(30000);
    expect(parseInterval('5m')).toBe(300000);
    expect(parseInterval('1h')).toBe(3600000);
    expect(parseInterval('90')).toBe(90000);
    expect(() => parseInterval('often')).toThrow(/--every/);
    expect(() => parseInterval('0s')).toThrow(/at least/);
  });

  it('finds new and changed files only, recursively, articles and feeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-watch-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'A story.');
    writeFileSync(join(dir, 'sub', 'b.html'), '<p>B</p>');
    writeFileSync(join(dir, 'notes.pdf'), 'not read');
    const w = new DirectoryWatch(dir);
    expect(w.changed()).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.html')]);
    expect(w.changed()).toEqual([]);
    writeFileSync(join(dir, 'feed.rss'), '<rss/>');
    writeFileSync(join(dir, 'a.txt'), 'A story, updated.');
    utimesSync(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    expect(w.changed().sort()).toEqual([join(dir, 'a.txt'), join(dir, 'feed.rss')]);
  });

  it('readout watch DIR --once ingests what is new, and again only what is new', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-watch-cli-'));
    const db = join(dir, 'w.db');
    const news = join(dir, 'news');
    mkdirSync(news);
    writeFileSync(join(news, 'one.txt'), 'CAIRO — Egypt and Sudan agreed on Wednesday to reopen the border crossing, officials said.\n');
    const first = spawnSync(process.execPath, [BIN, 'watch', news, '--once', '--db', db], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('1 new or changed, 0 unchanged, 0 failed');
    writeFileSync(join(news, 'two.txt'), 'AMMAN — Jordan said on Thursday it would host talks between the two sides next week.\n');
    const second = spawnSync(process.execPath, [BIN, 'watch', news, '--once', '--db', db], { encoding: 'utf8' });
    expect(second.stdout).toContain('1 new or changed, 1 unchanged, 0 failed');
  });
});
