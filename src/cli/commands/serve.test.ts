import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../project-root.js';

const BIN = join(PROJECT_ROOT, 'bin', 'readout');
const env = { ...process.env, READOUT_TOKEN: '' };

describe('readout serve', () => {
  it('refuses to listen beyond localhost without a token (exit 2, says why)', () => {
    const r = spawnSync('node', [BIN, 'serve', '--host', '0.0.0.0', '--port', '0'], { encoding: 'utf8', env, timeout: 20000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/USAGE: listening on 0\.0\.0\.0 .*needs a token.*--token or set READOUT_TOKEN/);
  });

  it('refuses a bad port', () => {
    const r = spawnSync('node', [BIN, 'serve', '--port', 'http'], { encoding: 'utf8', env, timeout: 20000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port must be an integer');
  });

  it('prints its address, answers, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
    const child = spawn('node', [BIN, 'serve', '--port', '0', '--db', join(dir, 'serve.db')], { env });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const health = (await (await fetch(`${url}health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
    const home = await fetch(url);
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
