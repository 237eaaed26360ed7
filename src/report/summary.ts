import type { ReadoutDocument } from '../document/schema.js';

/** A readable few lines about one document, for people at a terminal. */
export function summarize(doc: ReadoutDocument): string {
  const a = doc.article;
  const lines = [
    `${a.id}  ${a.title ?? '(no title)'}`,
    `  published ${a.published ?? 'unknown'}${a.dateline ? `  dateline "${a.dateline.text}"${a.dateline.agency ? ` (${a.dateline.agency})` : ''}` : ''}`,
    `  ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens; ` +
      `${doc.entities.length} entities, ${doc.times.length} times, ${doc.quotes.length} quotes, ${doc.events.length} events`,
  ];
  for (const e of doc.entities.slice(0, 12)) {
    lines.push(`  entity  ${e.name} [${e.type}${e.actor ? ` ${e.actor.code}` : ''}] x${e.mentions.length}`);
  }
  for (const t of doc.times) lines.push(`  time    "${t.text}" -> ${t.value ?? t.range?.from ?? 'unresolved'}`);
  for (const q of doc.quotes) lines.push(`  quote   ${q.speakerText ?? '?'}: "${clip(q.text, 70)}"`);
  for (const ev of doc.events) {
    lines.push(`  event   ${ev.date ?? '????-??-??'} ${ev.source.actor ?? ev.source.text} -> ${ev.target?.actor ?? ev.target?.text ?? '-'}  ${ev.cameo.code} ${ev.cameo.label}`);
  }
  for (const err of doc.errors) lines.push(`  error   ${err.stage}: ${err.code}: ${err.message}`);
  for (const w of doc.warnings) lines.push(`  warning ${w.stage}: ${w.code}: ${w.message}`);
  return lines.join('\n');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
