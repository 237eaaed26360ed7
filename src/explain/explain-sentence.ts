import type { ReadoutDocument } from '../document/schema.js';
import type { Extractor } from '../extract/extractor.js';
import { parseText } from '../ingest/parse-text.js';
import { buildCandidates } from '../stages/events/build-events.js';

/** Runs the pipeline on one sentence (or short text) and describes every step, for `readout explain`. */
export function explainText(extractor: Extractor, text: string, date: string | null): { doc: ReadoutDocument; report: string } {
  const { article, text: body } = parseText(text, 'explain', {}, { maxBytes: 1e6, date });
  const doc = extractor.extract({ article, text: body });
  const { trace } = buildCandidates(doc, extractor.ctx, undefined, true);
  const out: string[] = [];
  const q = (s: string) => JSON.stringify(s);
  out.push(`text: ${q(doc.text)}${doc.article.published ? `  (published ${doc.article.published})` : ''}`, '');
  out.push('entities:');
  if (doc.entities.length === 0) out.push('  (none)');
  for (const e of doc.entities) out.push(`  ${e.id} ${e.type} ${q(e.name)} actor=${e.actor?.code ?? '-'} mentions=${e.mentions.map((m) => q(m.text)).join(', ')}`);
  out.push('times:');
  if (doc.times.length === 0) out.push('  (none)');
  for (const t of doc.times) out.push(`  ${t.id} ${q(t.text)} -> ${t.value ?? 'unresolved'}${t.range ? ` [${t.range.from}..${t.range.to}]` : ''}`);
  out.push('clauses:');
  for (const { clause: c, trials, wrapper } of trace) {
    const flags = [c.form, c.tense !== 'none' ? c.tense : '', c.voice === 'passive' ? 'passive' : '', c.negated ? 'negated' : '', c.modal ? `modal=${c.modal}` : '', c.particle ? `particle=${c.particle}` : '', c.question ? 'question' : '', c.parent ? `${c.link} of ${c.parent}` : ''].filter(Boolean).join(', ');
    out.push(`  ${c.id} ${c.kind} ${q(c.head.text)} (${c.head.lemma}) ${flags}`);
    for (const a of c.args) out.push(`      ${a.role}${a.prep ? `:${a.prep}` : ''}${a.inherited ? ` (from ${a.inherited})` : ''} ${q(a.text)}${a.parts.length > 1 ? ` parts=${a.parts.length}` : ''}`);
    for (const t of trials) out.push(`      ${t.ok ? 'FIRED' : 'tried'} ${t.pattern.id} (${t.pattern.code}): ${t.reason}`);
    if (wrapper) out.push(`      wrapped by ${wrapper.wrapper.id} via ${wrapper.byNoun ? 'noun' : 'verb'} ${q(doc.text.slice(wrapper.start, wrapper.end))} of ${wrapper.outer.id}`);
  }
  out.push('events:');
  if (doc.events.length === 0) out.push('  (none)');
  for (const e of doc.events) {
    const who = (a: ReadoutDocument['events'][number]['source'] | null) => (a ? `${a.actor ?? '?'} ${q(a.text)}` : '-');
    out.push(`  ${e.id} ${e.cameo.code} ${e.cameo.label}${e.plover ? ` / PLOVER ${e.plover.type}${e.plover.mode ? ` (${e.plover.mode})` : ''}` : ''}`);
    out.push(`      ${who(e.source)} -> ${who(e.target)}; date ${e.date ?? '-'} (${e.dateSource}); ${e.modality}${e.negated ? ', negated' : ''}${e.question ? ', question' : ''}; confidence ${e.confidence}; rule ${e.rule}`);
  }
  return { doc, report: `${out.join('\n')}\n` };
}
