/** One annotated (gold) or extracted (system) mention with the actor code of its entity. */
export interface ScoredMention {
  start: number;
  end: number;
  text: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

export interface ActorScores {
  gold: number;
  system: number;
  /** Pairs with identical spans. */
  exact: number;
  /** One-to-one pairs whose spans overlap. */
  overlap: number;
  /** Among overlapping pairs: same full code, same country, same sector. */
  codeSame: number;
  countrySame: number;
  sectorSame: number;
}

export function emptyScores(): ActorScores {
  return { gold: 0, system: 0, exact: 0, overlap: 0, codeSame: 0, countrySame: 0, sectorSame: 0 };
}

/**
 * Scores one article: system mentions are paired one-to-one with gold mentions, exact spans first,
 * then the largest overlaps. Codes are compared on the overlapping pairs.
 */
export function scoreArticle(gold: readonly ScoredMention[], system: readonly ScoredMention[], into: ActorScores = emptyScores()): ActorScores {
  into.gold += gold.length;
  into.system += system.length;
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const si = system.findIndex((s, i) => !usedS.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) { usedG.add(gi); usedS.add(si); pairs.push([gi, si]); into.exact++; }
  });
  const overlaps: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => {
    if (usedG.has(gi)) return;
    system.forEach((s, si) => {
      if (usedS.has(si)) return;
      const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (ov > 0) overlaps.push([ov, gi, si]);
    });
  });
  overlaps.sort((a, b) => b[0] - a[0]);
  for (const [, gi, si] of overlaps) {
    if (usedG.has(gi) || usedS.has(si)) continue;
    usedG.add(gi); usedS.add(si); pairs.push([gi, si]);
  }
  into.overlap += pairs.length;
  for (const [gi, si] of pairs) {
    const g = gold[gi]!;
    const s = system[si]!;
    if ((g.code ?? null) === (s.code ?? null)) into.codeSame++;
    if ((g.country ?? null) === (s.country ?? null)) into.countrySame++;
    if ((g.sector ?? null) === (s.sector ?? null)) into.sectorSame++;
  }
  return into;
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

export function describeScores(s: ActorScores): string[] {
  const p = (n: number) => pct(n, s.system);
  const r = (n: number) => pct(n, s.gold);
  const f = (n: number) => (s.gold + s.system === 0 ? 'n/a' : `${((200 * n) / (s.gold + s.system)).toFixed(1)}%`);
  return [
    `gold mentions ${s.gold}, system mentions ${s.system}`,
    `mentions, exact span:   precision ${p(s.exact)}, recall ${r(s.exact)}, F1 ${f(s.exact)}`,
    `mentions, overlapping:  precision ${p(s.overlap)}, recall ${r(s.overlap)}, F1 ${f(s.overlap)}`,
    `actor code on the ${s.overlap} overlapping pairs: full code ${pct(s.codeSame, s.overlap)}, country ${pct(s.countrySame, s.overlap)}, sector ${pct(s.sectorSame, s.overlap)}`,
  ];
}
