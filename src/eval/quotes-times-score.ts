import type { Quote, TimeExpr } from '../document/schema.js';

/** One hand-annotated story of test/eval/voa-quotes-times.jsonl (offsets into the story's text). */
export interface GoldStory {
  id: string;
  published: string;
  quotes: Array<{ start: number; end: number; kind: 'direct' | 'partial' | 'indirect'; speaker: string }>;
  times: Array<{ start: number; end: number; value: string | null }>;
}

export interface Counts { gold: number; predicted: number; matched: number }
export interface QuoteTimeScore {
  quotes: Counts;
  marked: Counts;
  indirect: Counts;
  speakers: { judged: number; right: number };
  times: Counts;
  values: { judged: number; right: number; goldWithValue: number };
  misses: string[];
}

interface Span { start: number; end: number }

/**
 * Lenient span matching: a prediction matches a gold span when they overlap by at least half of
 * the shorter one (`minShare`; 0 means any overlap). Pairs are one-to-one, largest overlap first.
 */
export function matchSpans<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[], minShare: number): Array<[G, P]> {
  const pairs: Array<{ g: number; p: number; overlap: number }> = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
    const shorter = Math.min(g.end - g.start, p.end - p.start);
    if (overlap > 0 && overlap >= minShare * shorter) pairs.push({ g: gi, p: pi, overlap });
  }));
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[G, P]> = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([gold[g]!, predicted[p]!]);
  }
  return out;
}

const NAME_STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'al', 'el']);
const nameTokens = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s\b/g, '').split(/[\s\-’'.,()]+/).filter((w) => w && !NAME_STOP.has(w));

/** Words of six letters or more that differ in one letter (Pedersen / Pederson) count as the same. */
function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

/**
 * A speaker is right when the last word of the gold name (a surname or head noun) is in the
 * predicted name, up to one substituted letter in long words. A pronoun or a role ("the chief
 * minister") for a named gold speaker counts as wrong.
 */
export function sameSpeaker(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const head = nameTokens(gold).at(-1);
  return head !== undefined && nameTokens(predicted).some((w) => closeEnough(w, head));
}

const empty = (): Counts => ({ gold: 0, predicted: 0, matched: 0 });

export function newScore(): QuoteTimeScore {
  return { quotes: empty(), marked: empty(), indirect: empty(), speakers: { judged: 0, right: 0 }, times: empty(), values: { judged: 0, right: 0, goldWithValue: 0 }, misses: [] };
}

/** Adds one story's comparison to `score`. `text` is only used to describe misses. */
export function scoreStory(score: QuoteTimeScore, gold: GoldStory, quotes: readonly Quote[], times: readonly TimeExpr[], text: string): void {
  const add = (c: Counts, g: number, p: number, m: number) => { c.gold += g; c.predicted += p; c.matched += m; };
  const pairs = matchSpans(gold.quotes, quotes, 0.5);
  add(score.quotes, gold.quotes.length, quotes.length, pairs.length);
  const markedGold = gold.quotes.filter((q) => q.kind !== 'indirect');
  const markedPred = quotes.filter((q) => q.kind !== 'indirect');
  add(score.marked, markedGold.length, markedPred.length, matchSpans(markedGold, markedPred, 0.5).length);
  const indirectGold = gold.quotes.filter((q) => q.kind === 'indirect');
  const indirectPred = quotes.filter((q) => q.kind === 'indirect');
  add(score.indirect, indirectGold.length, indirectPred.length, matchSpans(indirectGold, indirectPred, 0.5).length);
  for (const [g, p] of pairs) {
    score.speakers.judged++;
    if (sameSpeaker(g.speaker, p.speakerText)) score.speakers.right++;
    else score.misses.push(`${gold.id} speaker: gold "${g.speaker}", got "${p.speakerText}" for "${text.slice(g.start, Math.min(g.end, g.start + 50))}"`);
  }
  const dates = times.filter((t) => t.kind === 'date');
  const tpairs = matchSpans(gold.times, dates, 0);
  add(score.times, gold.times.length, dates.length, tpairs.length);
  score.values.goldWithValue += gold.times.filter((t) => t.value !== null).length;
  for (const [g, p] of tpairs) {
    if (g.value === null) continue;
    score.values.judged++;
    if (p.value === g.value) score.values.right++;
    else score.misses.push(`${gold.id} date: "${text.slice(g.start, g.end)}" gold ${g.value}, got ${p.value}`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const prf = (c: Counts) => `P ${pct(c.matched, c.predicted)}  R ${pct(c.matched, c.gold)}  (gold ${c.gold}, found ${c.predicted}, matched ${c.matched})`;

export function formatScore(s: QuoteTimeScore, stories: number): string {
  return [
    `quotes and times on ${stories} hand-annotated VOA stories`,
    `  quote spans, all kinds:          ${prf(s.quotes)}`,
    `    direct + partial (marks):      ${prf(s.marked)}`,
    `    indirect (reported speech):    ${prf(s.indirect)}`,
    `  speaker accuracy (matched):      ${pct(s.speakers.right, s.speakers.judged)}  (${s.speakers.right}/${s.speakers.judged})`,
    `  time spans (kind "date"):        ${prf(s.times)}`,
    `  date value accuracy (matched):   ${pct(s.values.right, s.values.judged)}  (${s.values.right}/${s.values.judged})`,
    `  date value accuracy (all gold):  ${pct(s.values.right, s.values.goldWithValue)}  (${s.values.right}/${s.values.goldWithValue})`,
  ].join('\n');
}
