import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extractor } from '../extract/extractor.js';
import { PROJECT_ROOT } from '../project-root.js';
import { parseGold } from './gold.js';
import { runEval } from './run-eval.js';
import { goldSets, prf, scoreRecord } from './score.js';

describe('gold records', () => {
  it('reads readout\'s own format and the PLOVER dev-set format', () => {
    const own = parseGold('{"id": 1, "text": "x", "events": [{"source": "IRQGOV", "target": null, "code": "041"}]}\n', 'g.jsonl');
    expect(own[0]!.events[0]).toEqual({ code: '041', plover: null, sources: [{ country: 'IRQ', code: 'IRQGOV' }], targets: [] });
    const plover = parseGold('{"id": "p", "text": "y", "events": [{"plover": "AGREE", "source": [{"text": "Tokyo", "country": "JAP", "sector": null}], "target": []}]}', 'g.jsonl');
    expect(plover[0]!.events[0]!.sources).toEqual([{ country: 'JPN', code: 'JPN' }]);
    const italy = parseGold('{"id": "q", "text": "z", "events": [{"plover": "AGREE", "source": [{"text": "Rome", "country": "ITL", "sector": null}], "target": [{"text": "Hanoi", "country": "VTN", "sector": null}]}]}', 'g.jsonl');
    expect([italy[0]!.events[0]!.sources[0]!.country, italy[0]!.events[0]!.targets[0]!.country]).toEqual(['ITA', 'VNM']);
  });

  it('reports the line of a bad record', () => {
    expect(() => parseGold('{"id": 1, "text": "x", "events": []}\n{"id": 2, "events": []}\n', 'g.jsonl')).toThrow(expect.objectContaining({ subject: { input: 'g.jsonl', line: 2 } }));
  });
});

describe('scoring', () => {
  it('matches type, source and target; a compound source without target acts on itself', () => {
    const gold = [goldSets({ code: null, plover: 'AGREE', sources: [{ country: 'USA', code: null }, { country: 'JOR', code: null }], targets: [] }, 'AGREE', 'country')];
    const s = scoreRecord(gold, [{ type: 'AGREE', source: 'USA', target: 'JOR' }, { type: 'AGREE', source: 'JOR', target: 'USA' }]);
    // The second direction is another dyad of the same compound event: neither a hit nor a false positive.
    expect([s.full, s.type, s.dyad]).toEqual([{ tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }]);
    const wrong = scoreRecord(gold, [{ type: 'REJECT', source: 'USA', target: 'JOR' }]);
    expect([wrong.full.tp, wrong.type.tp, wrong.dyad.tp]).toEqual([0, 0, 1]);
  });

  it('counts a repeated dyad, an outside actor or another type as false positives even beside a compound event', () => {
    const gold = [goldSets({ code: null, plover: 'AGREE', sources: [{ country: 'USA', code: null }, { country: 'JOR', code: null }], targets: [] }, 'AGREE', 'country')];
    const s = scoreRecord(gold, [
      { type: 'AGREE', source: 'USA', target: 'JOR' },
      { type: 'AGREE', source: 'USA', target: 'JOR' },
      { type: 'AGREE', source: 'USA', target: 'FRA' },
      { type: 'REJECT', source: 'JOR', target: 'USA' },
    ]);
    expect(s.full).toEqual({ tp: 1, fp: 3, fn: 0 });
    expect(s.dyad).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(s.type).toEqual({ tp: 1, fp: 3, fn: 0 });
    // A single-actor gold event has no other dyads.
    const single = [goldSets({ code: null, plover: 'AGREE', sources: [{ country: 'USA', code: null }], targets: [{ country: 'JOR', code: null }] }, 'AGREE', 'country')];
    expect(scoreRecord(single, [{ type: 'AGREE', source: 'USA', target: 'JOR' }, { type: 'AGREE', source: 'JOR', target: 'USA' }]).full).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 2, fp: 2, fn: 0 })).toEqual({ p: 0.5, r: 1, f: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f: 0 });
  });
});

describe('readout eval on the project\'s own gold sentences', () => {
  const gold = parseGold(readFileSync(join(PROJECT_ROOT, 'test', 'eval', 'gold-sentences.jsonl'), 'utf8'), 'gold-sentences.jsonl');
  const extractor = new Extractor();

  it('finds the event types and most full events (floors, not targets)', () => {
    const r = runEval(extractor, gold, { level: 'root', match: 'country', diff: false, date: null });
    expect(r.records).toBe(16);
    expect(prf(r.type).f).toBeGreaterThan(0.8);
    expect(prf(r.full).f).toBeGreaterThan(0.6);
    expect(r.report).toMatch(/events \(type\+source\+target\)\s+P/);
  });

  it('matches an international non-governmental body to the gold\'s IGO, by country', () => {
    const ngo = parseGold('{"id": "n", "text": "Amnesty International accused Kenya of torture.", "events": [{"plover": "ACCUSE", "source": [{"text": "Amnesty International", "country": "IGO", "sector": null}], "target": [{"text": "Kenya", "country": "KEN", "sector": null}]}]}', 'g.jsonl');
    const r = runEval(extractor, ngo, { level: 'plover', match: 'country', diff: false, date: null });
    expect(r.full).toEqual({ tp: 1, fp: 0, fn: 0 });
    // readout's own format with an NGO code reads the same way
    expect(parseGold('{"id": 1, "text": "x", "events": [{"source": "NGOHRIAMN", "target": "KEN", "code": "112"}]}', 'g.jsonl')[0]!.events[0]!.sources[0]!.country).toBe('IGO');
  });

  it('prints each disagreement with --diff', () => {
    const r = runEval(extractor, gold, { level: 'code', match: 'country', diff: true, date: null });
    expect(r.report).toMatch(/gold (ok {2}|MISS) \d+ \{[A-Z]{3}\}/);
  });
});
