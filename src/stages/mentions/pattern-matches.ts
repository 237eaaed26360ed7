import { PATTERN_CLASSES, type KnowledgeBase, type PatternPayload } from '../../kb/compile-kb.js';
import type { KbEntry } from '../../kb/kb-types.js';
import type { TrieNode } from '../../kb/token-trie.js';
import type { Candidate } from './candidate.js';
import type { WordUnits } from './word-units.js';

/**
 * Government bodies from patterns (data/kb/orgs/gov-bodies.yaml): "{demonym} foreign ministry",
 * "{country}'s army". The pattern trie holds words and placeholders; a placeholder is filled by a
 * knowledge-base match of the right kind (a demonym, a country, a capital) starting at that word.
 */
const CLASSES = Object.entries(PATTERN_CLASSES);

export function findBodyMatches(u: WordUnits, kb: KnowledgeBase, kbMatches: readonly Candidate[]): Candidate[] {
  if (kb.patterns.size === 0) return [];
  const byStart = new Map<number, Candidate[]>();
  for (const c of kbMatches) {
    const list = byStart.get(c.tokStart) ?? [];
    list.push(c);
    byStart.set(c.tokStart, list);
  }
  const out: Candidate[] = [];
  for (const [start, list] of byStart) {
    if (!list.some((c) => c.entries.some((e) => e.kind === 'demonym' || e.kind === 'country' || e.kind === 'capital'))) continue;
    let best: { end: number; payload: PatternPayload; country: string; fill: KbEntry } | null = null;
    const visit = (node: TrieNode<PatternPayload>, i: number, country: string | null, fill: KbEntry | null): void => {
      if (node.payloads && country && fill && (!best || i > best.end)) best = { end: i, payload: node.payloads[0]!, country, fill };
      while (i < u.keys.length && u.transparent[i]) i++;
      const k = u.keys[i];
      if (k != null) {
        const next = node.next?.get(k);
        if (next) visit(next, i + 1, country, fill);
      }
      for (const [cls, kinds] of CLASSES) {
        const next = node.next?.get(cls);
        if (!next) continue;
        for (const c of byStart.get(i) ?? []) {
          const e = c.entries.find((x) => kinds.includes(x.kind));
          if (e?.country && (!country || country === e.country)) visit(next, c.tokEnd, e.country, fill ?? e);
        }
      }
    };
    visit(kb.patterns.rootNode, start, null, null);
    if (best) {
      const b = best as { end: number; payload: PatternPayload; country: string; fill: KbEntry };
      const entry = bodyEntry(kb, b.payload, b.country);
      out.push({ kind: 'body', tokStart: start, tokEnd: b.end, rule: `kb:body-pattern`, entries: [entry], country: b.country, sector: b.payload.pattern.sector });
    }
  }
  return out;
}

/** The body a pattern names for one country ("irq-foreign-ministry", IRQGOV). */
export function bodyEntry(kb: KnowledgeBase, payload: PatternPayload, code: string): KbEntry {
  const c = kb.countries.get(code);
  const p = payload.pattern;
  const fill = (s: string): string => s
    .replaceAll('{code}', code)
    .replaceAll('{country}', c?.name ?? code)
    .replaceAll('{demonym}', c?.demonyms[0] ?? c?.name ?? code)
    .replaceAll('{capital}', c?.capitals[0] ?? c?.name ?? code);
  return {
    id: fill(p.id).toLowerCase(), name: fill(p.name), type: p.type, kind: 'gov-body',
    actor: { code: `${code}${p.agent}`, country: code, sector: p.sector }, country: code, geo: null, source: payload.source,
  };
}
