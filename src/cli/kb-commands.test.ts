import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'readout');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

describe('readout resolve', () => {
  it('resolves names, descriptions and roles to actor codes', () => {
    const r = run(['resolve', 'Kassym-Jomart Tokayev', 'American warplanes', 'retired vice president', '--date', '2024-12-30', '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.input, o.entity.actor.country, o.entity.actor.sector])).toEqual([
      ['Kassym-Jomart Tokayev', 'KAZ', 'GOV'],
      ['American warplanes', 'USA', 'MIL'],
      ['retired vice president', null, 'ELI'],
    ]);
    expect(out[0].entity).toMatchObject({ type: 'PERSON', kb: 'kassym-jomart-tokayev' });
  });

  it('reads phrases from stdin, codes by date, and reports unknown phrases with exit 1', () => {
    const r = run(['resolve', '--date', '2024-12-01'], 'Bashar al-Assad\nqwzx blorp\n');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out[0].entity.actor.code).toBe('SYRGOV');
    expect(out[1]).toEqual({ input: 'qwzx blorp', entity: null });
  });

  it('uses a user folder given with --kb', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-kb-cli-'));
    mkdirSync(join(dir, 'orgs'));
    writeFileSync(join(dir, 'orgs', 'local.yaml'), '- id: tigris-watch\n  name: Tigris Watch\n  kind: ngo\n  actor: { code: IRQNGO, country: IRQ, sector: NGO }\n');
    const r = run(['resolve', 'Tigris Watch', '--kb', dir, '--format', 'jsonl']);
    expect(JSON.parse(r.stdout).entity).toMatchObject({ kb: 'tigris-watch', actor: { code: 'IRQNGO' } });
  });
});

describe('readout kb', () => {
  it('check passes on the project knowledge base and fails with file:line on a bad folder', () => {
    expect(run(['kb', 'check']).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'readout-kb-bad-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'bad.yaml'), '- id: someone\n  name: Some One\n  roles:\n    - { country: Iraq, sector: GOV }\n');
    const r = run(['kb', 'check', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'people', 'bad.yaml')}:4: roles.0.country`);
  });

  it('check refuses dated organisation codes that overlap or end before they start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-kb-codes-'));
    mkdirSync(join(dir, 'orgs'));
    writeFileSync(join(dir, 'orgs', 'bad.yaml'), [
      '- id: river-front', '  name: River Front', '  kind: armed-group', '  actor: { code: IRQREB, country: IRQ, sector: REB }', '  codes:',
      '    - { code: IRQREB, country: IRQ, sector: REB, from: null, to: 2020-01-01 }',
      '    - { code: IRQGOV, country: IRQ, sector: GOV, from: 2019-06-01, to: 2018-01-01 }', '',
    ].join('\n'));
    const r = run(['kb', 'check', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('code IRQGOV ends (2018-01-01) before it starts (2019-06-01)');
    expect(r.stderr).toContain('code IRQGOV starts (2019-06-01) before the previous one ends (2020-01-01)');
  });

  it('show explains the entry, its roles and the code on a date', () => {
    const r = run(['kb', 'show', 'Bashar', 'al-Assad', '--date', '2024-12-30']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('knowledge base: bashar-al-assad');
    expect(r.stdout).toMatch(/on 2024-12-30: SYR ELI .*\[role-at-date\]/);
    expect(r.stdout).toMatch(/resolves to: Bashar al-Assad \(PERSON\) SYRELI/);
  });
});
