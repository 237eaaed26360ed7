import type { Entity, ReadoutDocument, ReadoutEvent } from '../document/schema.js';

/**
 * Hand-written annotation layers laid on a segmented document by finding phrases in its text: the
 * API, UI and benchmark run on documents with entities, times, quotes and events before (and
 * independently of) the stages that find them. Every span is found in the text, so spans are exact.
 */
export interface EntitySpec {
  id: string;
  phrase: string;
  type: Entity['type'];
  code?: string;
  country?: string;
  geo?: { lat: number; lon: number; country: string };
}

export interface EventSpec {
  id: string;
  phrase: string;
  code: string;
  label: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover?: string;
  source: string;
  target?: string;
  location?: string;
  time?: string;
  date?: string;
  confidence?: number;
}

export interface LayerSpec {
  entities?: EntitySpec[];
  times?: { id: string; phrase: string; value: string }[];
  quotes?: { id: string; phrase: string; speaker?: string }[];
  events?: EventSpec[];
}

function spansOf(text: string, phrase: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
    // Whole words only: "Russia" is not a mention inside "Russian".
    if (word.test(text[i - 1] ?? '') || word.test(text[i + phrase.length] ?? '')) continue;
    out.push({ start: i, end: i + phrase.length });
  }
  if (out.length === 0) throw new Error(`phrase not in text: ${phrase}`);
  return out;
}

export function withLayers(doc: ReadoutDocument, spec: LayerSpec): ReadoutDocument {
  const { text } = doc;
  const entities: Entity[] = (spec.entities ?? []).map((e) => ({
    id: e.id, name: e.phrase, type: e.type, kb: null,
    actor: e.code ? { code: e.code, country: e.country ?? null, sector: null } : null,
    geo: e.geo ? { ...e.geo, feature: 'city' } : null,
    mentions: spansOf(text, e.phrase).map((s) => ({ ...s, text: e.phrase, rule: 'synthetic' })),
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const sentenceAt = (pos: number) => doc.sentences.find((s) => s.start <= pos && pos < s.end)?.id ?? doc.sentences[0]!.id;
  const times = (spec.times ?? []).map((t) => ({ id: t.id, ...spansOf(text, t.phrase)[0]!, text: t.phrase, value: t.value, range: null, resolution: 'explicit' as const, kind: 'date' as const, reason: null, rule: 'synthetic' }));
  const quotes = (spec.quotes ?? []).map((q) => ({
    id: q.id, ...spansOf(text, q.phrase)[0]!, text: q.phrase, kind: 'direct' as const, speaker: q.speaker ?? null,
    speakerText: q.speaker ? byId.get(q.speaker)?.name ?? null : null, channel: null, channelText: null, subject: null, subjectText: null, cue: null, rule: 'synthetic',
  }));
  const part = (id: string) => ({ entity: id, actor: byId.get(id)?.actor?.code ?? null, text: byId.get(id)?.name ?? id });
  const events: ReadoutEvent[] = (spec.events ?? []).map((e) => {
    const span = spansOf(text, e.phrase)[0]!;
    return {
      id: e.id,
      cameo: { code: e.code, label: e.label, root: e.code.slice(0, 2), goldstein: e.goldstein, quadClass: e.quadClass },
      plover: e.plover ? { type: e.plover, mode: null } : null,
      source: part(e.source), target: e.target ? part(e.target) : null,
      date: e.date ?? doc.article.published, time: e.time ?? null, location: e.location ?? null,
      dateSource: e.time ? 'time' : 'published', question: false,
      negated: false, modality: 'asserted', quote: null, sentence: sentenceAt(span.start),
      evidence: [span], confidence: e.confidence ?? 0.8, rule: 'synthetic',
    };
  });
  return { ...doc, entities, times, quotes, events };
}
