import type { QuoteCues } from './cues.js';

/** A channel phrase found in a sentence: "told VOA", "in an interview with Al Arabiya", "according to ...". */
export interface ChannelMatch {
  start: number;
  end: number;
  text: string;
  /** the name in the {medium} / {source} slot, if any */
  name: { start: number; end: number; text: string } | null;
  slot: 'medium' | 'source' | null;
  /** for "according to a readout ... released by the Iraqi foreign ministry": the releaser */
  releaser: { start: number; end: number; text: string } | null;
  /** the slot names a document ("a readout of the phone call") */
  document: boolean;
}

const MEDIUM_STOP = new Set(['on', 'that', 'in', 'about', 'said', 'says', 'and', 'as', 'when', 'after', 'before', 'for', 'to', 'from', 'at', 'during', 'while', 'who', 'which', 'this', 'last', 'earlier', 'late']);
interface Compiled {
  any: RegExp;
  /** `word`: the phrase's longest word in lower case; a text without it cannot match `re`. */
  list: Array<{ re: RegExp; slot: 'medium' | 'source' | null; word: string }>;
  documents: RegExp;
}
const compiled = new WeakMap<QuoteCues, Compiled>();
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patterns(cues: QuoteCues): Compiled {
  let c = compiled.get(cues);
  if (!c) {
    const phrases = cues.channels.map((ch) => ch.words.map(escape).join('\\s+'));
    const sources = phrases.map((p) => `\\b${p}\\b`);
    c = {
      // one \b around the alternation rather than one per phrase: the same matches, scanned faster
      any: new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'i'),
      list: cues.channels.map((ch, i) => ({ re: new RegExp(sources[i]!, 'gi'), slot: ch.slot, word: ch.words.reduce((a, w) => (w.length > a.length ? w : a), '').toLowerCase() })),
      documents: new RegExp(`^(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\w-]+\\s+){0,2}(?:${[...cues.documents].map(escape).join('|')})s?\\b`, 'i'),
    };
    compiled.set(cues, c);
  }
  return c;
}

/** The words after a slot: a name for {medium} (stops at punctuation or a function word), a phrase for {source}. */
function slotAfter(text: string, from: number, limit: number, slot: 'medium' | 'source'): { start: number; end: number } | null {
  const re = /[^\s,.;:!?"“”()]+(?:\.(?=\S))?/g;
  re.lastIndex = from;
  let start = -1;
  let end = -1;
  let words = 0;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    const gap = text.slice(end < 0 ? from : end, m.index);
    if (end >= 0 && /[,.;:!?"“”()]/.test(gap)) break;
    if (end < 0 && gap.trim() !== '') break;
    if (slot === 'medium' && words > 0 && MEDIUM_STOP.has(m[0].toLowerCase())) break;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
    if (++words >= (slot === 'medium' ? 7 : 18)) break;
  }
  return start < 0 ? null : { start, end };
}

/** Every channel phrase in text[from, to), longest first where two overlap. */
export function findChannels(text: string, from: number, to: number, cues: QuoteCues): ChannelMatch[] {
  const found: ChannelMatch[] = [];
  const piece = text.slice(from, to);
  const compiledCues = patterns(cues);
  if (!compiledCues.any.test(piece)) return found;
  const lower = piece.toLowerCase();
  for (const { re, slot, word } of compiledCues.list) {
    if (!lower.includes(word)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      const start = from + m.index;
      let end = start + m[0].length;
      let name: ChannelMatch['name'] = null;
      if (slot) {
        const s = slotAfter(text, end, to, slot);
        if (!s) continue;
        name = { ...s, text: text.slice(s.start, s.end) };
        end = s.end;
      }
      const releaser = name ? releaserIn(name, cues) : null;
      const document = !!name && compiledCues.documents.test(name.text);
      found.push({ start, end, text: text.slice(start, end), name, slot, releaser, document });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((c, i) => !found.slice(0, i).some((o) => o.start <= c.start && o.end >= c.end));
}

function releaserIn(name: { start: number; end: number; text: string }, cues: QuoteCues): ChannelMatch['releaser'] {
  const lower = name.text.toLowerCase();
  for (const r of cues.releasers) {
    const at = lower.lastIndexOf(` ${r} `);
    if (at < 0) continue;
    const s = name.start + at + r.length + 2;
    return { start: s, end: name.end, text: name.text.slice(at + r.length + 2) };
  }
  return null;
}
