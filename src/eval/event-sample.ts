import type { ReadoutDocument, ReadoutEvent } from '../document/schema.js';
import { ReadoutError } from '../errors/readout-error.js';

/** One event of one story, for the hand check. */
export interface SampledEvent { story: string; doc: ReadoutDocument; event: ReadoutEvent }

/** A hand judgment (test/eval/voa-events-check.jsonl): which event, ok or wrong, and why in a few words. */
export interface Judgment { story: string; key: string; verdict: 'ok' | 'wrong'; reason: string }

/**
 * A key that names an event without its id (ids are renumbered when other events come or go):
 * code, source and target actors, and the first evidence span. A judgment applies only while the
 * event is still read the same way.
 */
export function eventKey(e: ReadoutEvent): string {
  const who = (a: ReadoutEvent['source'] | null) => (a ? a.actor ?? `"${a.text}"` : '-');
  const span = e.evidence[0];
  return `${e.cameo.code} ${who(e.source)}>${who(e.target)} @${span?.start ?? 0}-${span?.end ?? 0}`;
}

/** mulberry32: a small seeded generator, the same sequence on every machine for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items drawn without replacement (a partial Fisher–Yates shuffle), in the order drawn. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const pool = [...items];
  const next = seededRandom(seed);
  const out: T[] = [];
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    out.push(pool[i]!);
  }
  return out;
}

/** Reads judgments, one JSON object a line; a bad line is an INPUT_FORMAT error naming the line. */
export function parseJudgments(text: string, input: string): Judgment[] {
  const out: Judgment[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: unknown;
    try { o = JSON.parse(line); } catch { throw new ReadoutError('INPUT_FORMAT', 'judgment line is not JSON', { input, line: i + 1 }); }
    const j = o as Partial<Judgment>;
    if (typeof j.story !== 'string' || typeof j.key !== 'string' || (j.verdict !== 'ok' && j.verdict !== 'wrong')) {
      throw new ReadoutError('INPUT_FORMAT', 'a judgment needs story, key and verdict "ok" or "wrong"', { input, line: i + 1 });
    }
    out.push({ story: j.story, key: j.key, verdict: j.verdict, reason: typeof j.reason === 'string' ? j.reason : '' });
  });
  return out;
}

export interface Precision { drawn: number; judged: number; ok: number; wrong: number; unjudged: number; precision: number | null }

/**
 * Precision over the events drawn (keys `story key`): each drawn event takes its judgment (the last
 * line for it wins); drawn events nobody judged yet are counted as unjudged, and judgments of events
 * that are not drawn (the event changed since, or another seed) do not count.
 */
export function precisionOf(judgments: readonly Judgment[], drawn: readonly string[]): Precision {
  const verdicts = new Map(judgments.map((j) => [`${j.story} ${j.key}`, j.verdict]));
  const found = drawn.map((k) => verdicts.get(k)).filter((v): v is Judgment['verdict'] => v !== undefined);
  const ok = found.filter((v) => v === 'ok').length;
  return { drawn: drawn.length, judged: found.length, ok, wrong: found.length - ok, unjudged: drawn.length - found.length, precision: found.length ? ok / found.length : null };
}

/** The event as the judge reads it: where (and when the story was published), what, who, when, how sure, and the rule. */
export function describeSampled(s: SampledEvent, index: number, total: number): string {
  const { doc, event: e } = s;
  const sentence = doc.sentences.find((x) => x.id === e.sentence);
  const text = sentence ? doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : '';
  const actor = (a: ReadoutEvent['source'] | null) => (a ? `"${a.text}" -> ${a.actor ?? 'uncoded'}` : '-');
  const time = e.time ? doc.times.find((t) => t.id === e.time) : undefined;
  const evidence = e.evidence.map((x) => `"${doc.text.slice(x.start, x.end)}"`).join(', ');
  return [
    `[${index + 1}/${total}] story ${s.story} (published ${doc.article.published ?? 'unknown'}) ${e.id}  rule ${e.rule}`,
    `  sentence: ${text}`,
    `  evidence: ${evidence}`,
    `  event:    ${e.cameo.code} ${e.cameo.label}${e.plover ? ` (PLOVER ${e.plover.type}${e.plover.mode ? ` ${e.plover.mode}` : ''})` : ''}`,
    `  source:   ${actor(e.source)}`,
    `  target:   ${actor(e.target)}`,
    `  date:     ${e.date ?? 'none'} (${e.dateSource}${time ? `: "${time.text}"` : ''})   negated: ${e.negated ? 'yes' : 'no'}   modality: ${e.modality}${e.question ? '   question' : ''}`,
    `  judge:    ${JSON.stringify({ story: s.story, key: eventKey(e), verdict: 'ok|wrong', reason: '' })}`,
  ].join('\n');
}
