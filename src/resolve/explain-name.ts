import type { PipelineContext } from '../pipeline/context.js';
import { nameWords } from '../kb/name-words.js';
import { roleAt } from '../stages/entities/actor-code.js';
import { resolvePhrase } from './resolve-phrase.js';

/** Lines of `readout kb show NAME`: how the matcher sees the name and what it resolves to, with reasons. */
export function explainName(name: string, ctx: PipelineContext, date: string | null): string[] {
  const kb = ctx.kb;
  const words = nameWords(name);
  const out = [`name: ${name}`, `normalised words: ${words.map((w) => w.key).join(' ') || '(none)'}`];
  const keys = words.map((w) => w.key);
  const exact = kb.names.matchAt(keys, 0).find(([end]) => end === keys.length)?.[1] ?? [];
  if (exact.length === 0) out.push('knowledge base: no entry has exactly this name');
  for (const p of exact) {
    const e = p.entry;
    out.push(`knowledge base: ${e.id} (${e.kind}, ${e.type}) "${e.name}" from ${e.source}${p.caseSensitive ? ', case-sensitive' : ''}${p.ambiguous ? ', ambiguous: needs context' : ''}`);
    if (e.actor) out.push(`  code: ${e.actor.code} (country ${e.actor.country ?? '-'}, sector ${e.actor.sector ?? '-'})`);
    if (e.geo) out.push(`  geo: ${e.geo.lat}, ${e.geo.lon} ${e.geo.country ?? ''} ${e.geo.feature}${e.population ? `, population ${e.population}` : ''}`);
    for (const r of e.roles ?? []) out.push(`  role: ${r.country} ${r.sector} ${r.title ?? ''} ${r.from ?? '…'} – ${r.to ?? 'now'}${r.org ? ` (${r.org})` : ''}`);
    if (e.roles) {
      const chosen = roleAt(e.roles, date, null);
      out.push(`  on ${date ?? '(no date)'}: ${chosen.role ? `${chosen.role.country} ${chosen.role.sector} ${chosen.role.title ?? ''}` : 'no role'} [${chosen.why}]`);
    }
  }
  const last = keys.at(-1);
  const bySurname = last ? kb.surnames.get(last) ?? [] : [];
  if (keys.length === 1 && bySurname.length > 0) out.push(`surname of: ${bySurname.map((e) => e.id).join(', ')} (taken in an article when its countries or a title pick one)`);
  const r = resolvePhrase(name, ctx, date);
  out.push(r.entity
    ? `resolves to: ${r.entity.name} (${r.entity.type}) ${r.entity.actor?.code ?? 'no code'}${r.entity.kb ? ` [kb ${r.entity.kb}]` : ''} by ${r.rule}`
    : 'resolves to: nothing');
  return out;
}
