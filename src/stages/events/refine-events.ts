import type { ReadoutEvent } from '../../document/schema.js';

/**
 * The same event told twice is one event: same code, same source and target, same date, same
 * negation -> one event whose evidence lists every span. A target-less event of the same family
 * (root), source and sentence as an event with a target adds its evidence to that event. Final ids e1, e2...
 */
export function refineEvents(events: ReadoutEvent[]): ReadoutEvent[] {
  const who = (a: ReadoutEvent['source'] | null) => (a ? a.entity ?? a.actor ?? a.text.toLowerCase() : '-');
  const byKey = new Map<string, ReadoutEvent>();
  for (const e of events) {
    const key = [e.cameo.code, who(e.source), who(e.target), e.date ?? '', e.negated].join('|');
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, { ...e, evidence: [...e.evidence] }); continue; }
    mergeInto(prev, e);
  }
  let list = [...byKey.values()];
  const drop = new Set<ReadoutEvent>();
  const bySentence = new Map<string, ReadoutEvent[]>();
  for (const e of list) { const l = bySentence.get(e.sentence); if (l) l.push(e); else bySentence.set(e.sentence, [e]); }
  for (const e of list) {
    if (e.target) continue;
    const country = (a: ReadoutEvent['source']) => (a.actor ? a.actor.slice(0, 3) : who(a));
    const richer = bySentence.get(e.sentence)!.find((o) => o !== e && o.target && o.cameo.root === e.cameo.root && o.plover?.type === e.plover?.type && (who(o.source) === who(e.source) || country(o.source) === country(e.source)) && o.negated === e.negated);
    if (richer) { mergeInto(richer, e); drop.add(e); }
  }
  // "sent humanitarian aid": the verb (070) and the noun (073) tell one event; the more specific code stays.
  for (const e of list) {
    if (drop.has(e)) continue;
    const twin = bySentence.get(e.sentence)!.find((o) => o !== e && !drop.has(o) && o.cameo.root === e.cameo.root && o.cameo.code !== e.cameo.code
      && who(o.source) === who(e.source) && who(o.target) === who(e.target) && o.negated === e.negated && specificity(o.cameo.code) > specificity(e.cameo.code));
    if (twin) { mergeInto(twin, e); drop.add(e); }
  }
  list = list.filter((e) => !drop.has(e));
  for (const e of list) e.evidence.sort((a, b) => a.start - b.start);
  list.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || a.cameo.code.localeCompare(b.cameo.code));
  return list.map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

/** 4 digits > 3 digits > root; a code ending in 0 ("not specified below") is less specific than its siblings. */
function specificity(code: string): number {
  return code.length * 2 + (code.endsWith('0') ? 0 : 1);
}

const seen = new WeakMap<ReadoutEvent, Set<string>>();

function mergeInto(into: ReadoutEvent, e: ReadoutEvent): void {
  let keys = seen.get(into);
  if (!keys) { keys = new Set(into.evidence.map((s) => `${s.start}:${s.end}`)); seen.set(into, keys); }
  for (const span of e.evidence) {
    const k = `${span.start}:${span.end}`;
    if (!keys.has(k)) { keys.add(k); into.evidence.push(span); }
  }
  into.confidence = Math.max(into.confidence, e.confidence);
  if (into.modality !== 'asserted' && e.modality === 'asserted') into.modality = 'asserted';
  into.quote ??= e.quote;
  into.time ??= e.time;
  into.location ??= e.location;
}
