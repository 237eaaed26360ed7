import type { Entity, ReadoutDocument, ReadoutEvent } from '../document/schema.js';
import { newDocument } from '../document/new-document.js';
import type { IngestedArticle } from '../ingest/ingest-types.js';

/**
 * Hand-built documents for store tests: entities, quotes and events placed on the text by finding
 * their words, so that tests do not depend on the extractors' quality. Valid per the contract.
 */
export interface EntitySpec { id: string; name: string; type?: Entity['type']; code?: string; country?: string; kb?: string; mentions?: string[] }
export interface EventSpec { source: string; target?: string; code: string; root?: string; goldstein?: number; quad?: number; date?: string; words: string; location?: string; plover?: string; negated?: boolean }
export interface QuoteSpec { speaker: string; words: string }

export function ingested(id: string, text: string, meta: Partial<IngestedArticle['article']> = {}): IngestedArticle {
  return {
    article: { id, title: null, source: null, url: null, author: null, published: '2024-05-01', publishedFrom: 'option', input: `${id}.txt`, format: 'text', dateline: null, ...meta },
    text,
  };
}

function span(text: string, words: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, text: words };
}

export function buildDocument(base: IngestedArticle, entities: EntitySpec[], events: EventSpec[] = [], quotes: QuoteSpec[] = []): ReadoutDocument {
  const doc = newDocument(base.article, base.text);
  const t = base.text;
  doc.paragraphs = [{ id: 'p1', start: 0, end: t.length }];
  // one sentence per line-free period-terminated stretch
  const ends = [...t.matchAll(/[.!?](\s|$)/g)].map((m) => m.index! + 1);
  let s0 = 0;
  ends.forEach((e, i) => {
    doc.sentences.push({ id: `s${i + 1}`, paragraph: 'p1', start: s0, end: e, tokens: [0, 0] });
    s0 = e + 1;
  });
  doc.entities = entities.map((e) => ({
    id: e.id, name: e.name, type: e.type ?? 'GPE', kb: e.kb ?? null, geo: null,
    actor: e.code ? { code: e.code, country: e.country ?? e.code.slice(0, 3), sector: e.code.length > 3 ? e.code.slice(3) : null } : null,
    mentions: (e.mentions ?? [e.name]).map((m) => ({ ...span(t, m), rule: 'test' })),
  }));
  const sentenceOf = (start: number) => doc.sentences.find((s) => s.start <= start && start < s.end)?.id ?? 's1';
  doc.events = events.map((ev, i): ReadoutEvent => {
    const ev0 = span(t, ev.words);
    const ent = (id: string) => doc.entities.find((e) => e.id === id);
    const part = (id: string) => ({ entity: ent(id) ? id : null, actor: ent(id)?.actor?.code ?? null, text: ent(id)?.name ?? id });
    return {
      id: `ev${i + 1}`,
      cameo: { code: ev.code, label: `label ${ev.code}`, root: ev.root ?? ev.code.slice(0, 2), goldstein: ev.goldstein ?? 1, quadClass: ev.quad ?? 1 },
      plover: ev.plover ? { type: ev.plover, mode: null } : null,
      dateSource: 'published', question: false,
      source: part(ev.source), target: ev.target ? part(ev.target) : null,
      date: ev.date ?? null, time: null, location: ev.location ?? null, negated: ev.negated ?? false, modality: 'asserted',
      quote: null, sentence: sentenceOf(ev0.start), evidence: [{ start: ev0.start, end: ev0.end }], confidence: 0.9, rule: 'test',
    };
  });
  doc.quotes = quotes.map((q, i) => ({ id: `q${i + 1}`, ...span(t, q.words), kind: 'direct', speaker: q.speaker, speakerText: doc.entities.find((e) => e.id === q.speaker)?.name ?? null, channel: null, channelText: null, subject: null, subjectText: null, cue: null, rule: 'test' }));
  return doc;
}

/** An extractor stand-in that returns prepared documents by article id (and fails on unknown ones). */
export function fakeExtractor(docs: Map<string, ReadoutDocument>): { stages: { name: string }[]; extract: (a: IngestedArticle) => ReadoutDocument } {
  return {
    stages: [{ name: 'fake' }],
    extract: (a) => {
      const d = docs.get(a.article.id);
      if (!d) throw new Error(`no prepared document for ${a.article.id}`);
      return structuredClone({ ...d, article: a.article, text: a.text });
    },
  };
}
