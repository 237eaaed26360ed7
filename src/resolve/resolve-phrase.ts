import type { Entity } from '../document/schema.js';
import { newDocument } from '../document/new-document.js';
import type { PipelineContext } from '../pipeline/context.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import { STAGES } from '../pipeline/stages.js';
import { findRoleMatches } from '../stages/mentions/role-matches.js';
import { buildWordUnits } from '../stages/mentions/word-units.js';
import { findKbMatches } from '../stages/mentions/kb-matches.js';
import { describedCode, entryCode } from '../stages/entities/actor-code.js';

export interface Resolved {
  input: string;
  entity: Pick<Entity, 'name' | 'type' | 'actor' | 'kb' | 'geo'> | null;
  /** How: the mention rules of the chosen entity, or "role-words" for a bare description. */
  rule: string | null;
}

const UP_TO_ENTITIES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'entities') + 1);

/**
 * Resolves a short phrase ("Kassym-Jomart Tokayev", "American warplanes", "retired vice
 * president") as the entities stage would inside an article dated `date`: the entity whose mention
 * covers most of the phrase; else a description from role words alone (country from a demonym,
 * sector from the role, ELI after "former"/"retired").
 */
export function resolvePhrase(phrase: string, ctx: PipelineContext, date: string | null): Resolved {
  const text = phrase.trim();
  if (text === '') return { input: phrase, entity: null, rule: null };
  const article = { id: 'resolve', title: null, source: null, url: null, author: null, published: date, publishedFrom: date ? 'option' as const : 'none' as const, input: null, format: 'text' as const, dateline: null };
  const doc = runPipeline(newDocument(article, text), UP_TO_ENTITIES, ctx);
  const covered = (e: Entity): number => Math.max(...e.mentions.map((m) => m.end - m.start));
  const best = [...doc.entities].filter((e) => !e.members).sort((a, b) => covered(b) - covered(a))[0];
  if (best) {
    return { input: phrase, entity: { name: best.name, type: best.type, actor: best.actor, kb: best.kb, geo: best.geo }, rule: [...new Set(best.mentions.map((m) => m.rule))].join(', ') };
  }
  const u = buildWordUnits(doc);
  // A lone surname that only one person in the knowledge base has ("Assad").
  const words = u.keys.filter((k, i) => k && !u.transparent[i] && k !== '-');
  const only = words.length === 1 ? ctx.kb.surnames.get(words[0]!) : undefined;
  if (only?.length === 1) {
    const e = only[0]!;
    const code = entryCode(ctx.kb, e, date, null);
    return { input: phrase, entity: { name: e.name, type: e.type, actor: code.actor, kb: e.id, geo: null }, rule: `surname:kb-unique;${code.why}` };
  }
  const roles = findRoleMatches(u, ctx.kb).filter((r) => r.roleKind !== 'modifier');
  const former = findRoleMatches(u, ctx.kb).some((r) => r.roleKind === 'modifier');
  const head = roles.at(-1);
  if (!head) return { input: phrase, entity: null, rule: null };
  const country = findKbMatches(u, ctx.kb).flatMap((c) => c.entries).find((e) => e.kind === 'demonym' || e.kind === 'country')?.country ?? null;
  const sector = former ? 'ELI' : head.sector;
  return {
    input: phrase,
    entity: { name: text, type: head.roleKind === 'person' ? 'PERSON' : 'ORG', actor: describedCode(country, sector), kb: null, geo: null },
    rule: `role-words:${head.title}${former ? '+former' : ''}`,
  };
}
