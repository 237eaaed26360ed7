import { newDocument } from '../document/new-document.js';
import type { Entity, ReadoutDocument, TimeExpr } from '../document/schema.js';
import { parseText } from '../ingest/parse-text.js';
import type { PipelineContext } from '../pipeline/context.js';
import { analyseClauses } from '../stages/clauses/clauses-stage.js';
import { segmentStage } from '../stages/segment/segment-stage.js';

/** A hand-built actor for tests: every occurrence of each name becomes a mention. */
export interface HandActor { names: string[]; code: string; type?: Entity['type']; geo?: Entity['geo'] }

/**
 * A document segmented and clause-analysed, with entity, time and quote layers built by hand, so
 * that the events stage can be tested before (and independently of) the entity and time stages.
 */
export function handDocument(ctx: PipelineContext, text: string, actors: HandActor[], opts: { date?: string; times?: Array<{ text: string; value: string }>; quotes?: Array<{ text: string; speaker: number | null }> } = {}): ReadoutDocument {
  const { article, text: body } = parseText(text, 'hand', {}, { maxBytes: 1e7, date: opts.date ?? null });
  const doc = newDocument(article, body);
  Object.assign(doc, segmentStage.run(doc, ctx));
  doc.clauses = analyseClauses(doc);
  doc.entities = actors.map((a, i) => ({
    id: `n${i + 1}`, name: a.names[0]!, type: a.type ?? (a.code.length === 3 ? 'GPE' : 'ORG'),
    // an empty code: an entity the knowledge base cannot code (an analyst, a witness)
    actor: a.code === '' ? null : { code: a.code, country: a.code.slice(0, 3), sector: a.code.length > 3 ? a.code.slice(3) : null },
    kb: null, geo: a.geo ?? null,
    mentions: a.names.flatMap((n) => occurrences(body, n).map((start) => ({ start, end: start + n.length, text: n, rule: 'hand' }))),
  }));
  // A shorter name inside a longer one's mention belongs to the longer one only.
  const all = doc.entities.flatMap((e) => e.mentions.map((m) => ({ e, m }))).sort((a, b) => a.m.start - b.m.start);
  const covered = new Set<object>();
  let reach = { end: -1, len: 0, e: null as unknown };
  for (const { e, m } of all) {
    if (m.end <= reach.end && m.end - m.start < reach.len && reach.e !== e) covered.add(m);
    if (m.end > reach.end) reach = { end: m.end, len: m.end - m.start, e };
  }
  for (const e of doc.entities) e.mentions = e.mentions.filter((m) => !covered.has(m));
  doc.times = (opts.times ?? []).map((t, i): TimeExpr => {
    const start = body.indexOf(t.text);
    return { id: `t${i + 1}`, start, end: start + t.text.length, text: t.text, value: t.value, range: null, resolution: 'explicit', kind: 'date', reason: null, rule: 'hand' };
  });
  doc.quotes = (opts.quotes ?? []).map((q, i) => {
    const start = body.indexOf(q.text);
    return { id: `q${i + 1}`, start, end: start + q.text.length, text: q.text, kind: 'direct' as const, speaker: q.speaker === null ? null : `n${q.speaker + 1}`, speakerText: null, channel: null, channelText: null, subject: null, subjectText: null, cue: null, rule: 'hand' };
  });
  return doc;
}

function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + name.length] ?? ' ';
    if (!/\w/.test(before) && !/\w/.test(after)) out.push(i);
  }
  return out;
}
