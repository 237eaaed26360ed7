import type { GoldActor, GoldEvent } from './gold.js';

export type Level = 'root' | 'code' | 'plover';
export type ActorMatch = 'country' | 'actor';

/** A predicted event reduced to what is scored: its type at the chosen level, source and target keys. */
export interface Scored { type: string | null; source: string | null; target: string | null }

export interface Counts { tp: number; fp: number; fn: number }
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function actorKey(a: GoldActor, match: ActorMatch): string | null {
  return match === 'country' ? a.country : a.code ?? a.country;
}

/** A gold event as sets: type, sources and targets (a compound source without target acts on itself: "Iraq and Syria agreed"). */
export interface GoldSets { type: string | null; sources: Set<string>; targets: Set<string> }

export function goldSets(e: GoldEvent, type: string | null, match: ActorMatch): GoldSets {
  const keys = (l: GoldActor[]) => new Set(l.map((a) => actorKey(a, match)).filter((k): k is string => k !== null));
  const sources = keys(e.sources);
  const targets = keys(e.targets);
  if (targets.size === 0 && sources.size > 1) sources.forEach((s) => targets.add(s));
  return { type, sources, targets };
}

function dyadFits(g: GoldSets, p: Scored): boolean {
  if (!p.source || !g.sources.has(p.source)) return false;
  if (g.targets.size === 0) return p.target === null || g.sources.has(p.target);
  return p.target !== null && g.targets.has(p.target);
}

/**
 * Scores one record: full events (type + source + target), types alone (as multisets), dyads alone.
 * Each gold event is matched by at most one prediction and each prediction matches at most one gold.
 * A gold event with a compound actor ("Jordan and Britain agreed") is one event to the gold but
 * several dyads to readout (JOR>GBR and GBR>JOR): once it is matched, further predictions that are
 * other dyads of the same compound event (same type where the type counts) are parts of it, neither
 * true nor false positives.
 */
export function scoreRecord(gold: GoldSets[], pred: Scored[]): { full: Counts; type: Counts; dyad: Counts; fullMatched: boolean[] } {
  const sameType = (g: GoldSets, p: Scored) => g.type !== null && g.type === p.type;
  const full = greedy(gold, pred, (g, p) => sameType(g, p) && dyadFits(g, p), (g, p) => sameType(g, p) && dyadFits(g, p));
  const dyad = greedy(gold, pred, (g, p) => dyadFits(g, p), (g, p) => dyadFits(g, p));
  const type = greedy(gold, pred, sameType, (g, p) => sameType(g, p) && dyadFits(g, p));
  return { full: full.counts, type: type.counts, dyad: dyad.counts, fullMatched: full.matched };
}

const compound = (g: GoldSets) => g.sources.size > 1 || g.targets.size > 1;

function greedy(gold: GoldSets[], pred: Scored[], fits: (g: GoldSets, p: Scored) => boolean, partOf: (g: GoldSets, p: Scored) => boolean): { counts: Counts; matched: boolean[] } {
  const used = new Set<number>();
  const matchedBy = gold.map((g) => {
    const i = pred.findIndex((p, k) => !used.has(k) && fits(g, p));
    if (i >= 0) used.add(i);
    return i;
  });
  gold.forEach((g, gi) => {
    const first = matchedBy[gi]!;
    if (first < 0 || !compound(g)) return;
    const dyads = new Set([`${pred[first]!.source}>${pred[first]!.target}`]);
    pred.forEach((p, k) => {
      const d = `${p.source}>${p.target}`;
      if (used.has(k) || dyads.has(d) || !partOf(g, p)) return;
      dyads.add(d);
      used.add(k);
    });
  });
  const matched = matchedBy.map((i) => i >= 0);
  const tp = matched.filter(Boolean).length;
  return { counts: { tp, fp: pred.length - used.size, fn: gold.length - tp }, matched };
}

export function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}
