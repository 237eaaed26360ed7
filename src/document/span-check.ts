import type { ReadoutDocument } from './schema.js';

export interface SpanProblem { layer: string; id: string; problem: string }

/**
 * Every annotation that carries `text` must equal `doc.text.slice(start, end)`, and every span
 * must lie inside the text. Used by tests and by `readout extract --check`.
 */
export function checkSpans(doc: ReadoutDocument): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const n = doc.text.length;
  const check = (layer: string, id: string, a: { start: number; end: number; text?: string }) => {
    if (a.start < 0 || a.end > n || a.start > a.end) problems.push({ layer, id, problem: `span [${a.start},${a.end}) outside text of length ${n}` });
    else if (a.text !== undefined && doc.text.slice(a.start, a.end) !== a.text) {
      problems.push({ layer, id, problem: `text ${JSON.stringify(a.text)} differs from slice ${JSON.stringify(doc.text.slice(a.start, a.end))}` });
    }
  };
  if (doc.article.dateline) check('dateline', 'dateline', doc.article.dateline);
  doc.paragraphs.forEach((p) => check('paragraphs', p.id, p));
  doc.sentences.forEach((s) => check('sentences', s.id, s));
  doc.tokens.forEach((t, i) => check('tokens', String(i), t));
  doc.entities.forEach((e) => e.mentions.forEach((m, i) => check('entities', `${e.id}/${i}`, m)));
  doc.times.forEach((t) => check('times', t.id, t));
  doc.quotes.forEach((q) => { check('quotes', q.id, q); if (q.cue) check('quotes', `${q.id}/cue`, q.cue); });
  (doc.clauses ?? []).forEach((c) => {
    check('clauses', c.id, c);
    check('clauses', `${c.id}/head`, c.head);
    c.args.forEach((a, i) => check('clauses', `${c.id}/arg${i}`, a));
  });
  doc.events.forEach((e) => e.evidence.forEach((ev, i) => check('events', `${e.id}/${i}`, ev)));
  return problems;
}
