import type { ReadoutDocument } from '../document/schema.js';
import type { Extractor } from '../extract/extractor.js';
import { parseText } from '../ingest/parse-text.js';
import { ploverOf } from '../ontology/ontology.js';
import { normaliseCountry, type GoldEvent, type GoldRecord } from './gold.js';
import { add, emptyCounts, goldSets, prf, scoreRecord, type ActorMatch, type Counts, type Level, type Scored } from './score.js';

export interface EvalOptions { level: Level; match: ActorMatch; diff: boolean; date: string | null }
export interface EvalResult { records: number; full: Counts; type: Counts; dyad: Counts; typeAccuracy: number; report: string }

/** Runs the pipeline on every gold record and scores the events (see the README, "Evaluating"). */
export function runEval(extractor: Extractor, gold: GoldRecord[], opts: EvalOptions): EvalResult {
  const ontology = extractor.ctx.ontology;
  const level: Level = opts.level !== 'plover' && gold.some((r) => r.events.some((e) => !e.code)) ? 'plover' : opts.level;
  const typeOfCode = (code: string | null): string | null => {
    if (!code) return null;
    if (level === 'root') return code.slice(0, 2);
    if (level === 'code') return code;
    return ploverOf(ontology, code)?.type ?? null;
  };
  const goldType = (e: GoldEvent) => (level === 'plover' ? e.plover ?? typeOfCode(e.code) : typeOfCode(e.code));
  const totals = { full: emptyCounts(), type: emptyCounts(), dyad: emptyCounts() };
  let typeHits = 0;
  let typeGold = 0;
  const diff: string[] = [];
  for (const record of gold) {
    const { article, text } = parseText(record.text, record.id, {}, { maxBytes: 1e7, date: record.date ?? opts.date });
    const doc = extractor.extract({ article: { ...article, id: record.id }, text });
    const pred = predictions(doc, typeOfCode, opts.match, level);
    const g = record.events.map((e) => goldSets(e, goldType(e), opts.match));
    const s = scoreRecord(g, pred);
    add(totals.full, s.full);
    add(totals.type, s.type);
    add(totals.dyad, s.dyad);
    const predTypes = new Set(pred.map((p) => p.type));
    for (const e of g) { typeGold++; if (e.type && predTypes.has(e.type)) typeHits++; }
    if (opts.diff && (s.full.fp > 0 || s.full.fn > 0)) {
      const show = (x: { type: string | null; source: string | null; target: string | null }) => `${x.type ?? '?'} ${x.source ?? '?'} -> ${x.target ?? '-'}`;
      diff.push(`${record.id}: ${JSON.stringify(record.text)}`);
      g.forEach((e, i) => diff.push(`  gold ${s.fullMatched[i] ? 'ok  ' : 'MISS'} ${e.type ?? '?'} {${[...e.sources].join(',')}} -> {${[...e.targets].join(',')}}`));
      pred.forEach((p) => diff.push(`  pred      ${show(p)}`));
    }
  }
  const line = (name: string, c: Counts) => {
    const m = prf(c);
    return `${name.padEnd(30)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  const typeAccuracy = typeGold === 0 ? 0 : typeHits / typeGold;
  const report = [
    `${gold.length} records, ${typeGold} gold events; level ${level}, actors matched by ${opts.match}`,
    line('events (type+source+target)', totals.full),
    line('types', totals.type),
    line('dyads (source+target)', totals.dyad),
    `type accuracy (gold type among predicted): ${typeAccuracy.toFixed(3)}`,
    ...(opts.diff ? ['', ...diff] : []),
  ].join('\n');
  return { records: gold.length, ...totals, typeAccuracy, report: `${report}\n` };
}

/** Predicted events as scored: not negated, not questions, with a type at the level. */
function predictions(doc: ReadoutDocument, typeOf: (code: string) => string | null, match: ActorMatch, level: Level): Scored[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const key = (a: ReadoutDocument['events'][number]['source'] | null): string | null => {
    if (!a?.actor) return null;
    const country = (a.entity ? entities.get(a.entity)?.actor?.country ?? entities.get(a.entity)?.geo?.country : null) ?? (/^[A-Z]{3}/.test(a.actor) ? a.actor.slice(0, 3) : null);
    // (read as the gold's countries are: "NGO" of an international body is IGO)
    return match === 'country' ? normaliseCountry(country) : a.actor;
  };
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const e of doc.events) {
    if (e.negated || e.question) continue;
    const type = level === 'plover' ? e.plover?.type ?? null : typeOf(e.cameo.code);
    if (!type) continue;
    const s = { type, source: key(e.source), target: key(e.target) };
    const k = `${s.type}|${s.source}|${s.target}`;
    if (!seen.has(k)) { seen.add(k); out.push(s); }
  }
  return out;
}
