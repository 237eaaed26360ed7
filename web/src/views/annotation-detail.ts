import type { ReadoutDocument } from '../api.js';
import { h } from '../dom.js';
import type { Mark } from '../highlight.js';
import { QUAD_LABEL } from '../quad.js';

function row(label: string, value: string | number | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return h('div', { class: 'kv' }, h('dt', {}, label), h('dd', {}, String(value)));
}

function entityName(doc: ReadoutDocument, id: string | null): string | null {
  if (!id) return null;
  return doc.entities.find((e) => e.id === id)?.name ?? null;
}

function eventDetail(doc: ReadoutDocument, id: string): HTMLElement {
  const ev = doc.events.find((e) => e.id === id)!;
  const actor = (a: { entity: string | null; actor: string | null; text: string } | null) =>
    a ? `${entityName(doc, a.entity) ?? a.text}${a.actor ? ` [${a.actor}]` : ''}` : null;
  const time = ev.time ? doc.times.find((t) => t.id === ev.time) : undefined;
  return h('section', { class: 'card card-event', 'data-testid': 'event-detail' },
    h('h3', {}, h('span', { class: `code quad-${ev.cameo.quadClass}` }, ev.cameo.code), ` ${ev.cameo.label}`),
    h('dl', {},
      row('Source', actor(ev.source)),
      row('Target', actor(ev.target)),
      row('Date', ev.date ?? 'unknown'),
      row('Time expression', time?.text),
      row('Place', entityName(doc, ev.location)),
      row('Quad class', `${ev.cameo.quadClass} · ${QUAD_LABEL[ev.cameo.quadClass] ?? ''}`),
      row('Goldstein', ev.cameo.goldstein),
      row('PLOVER', ev.plover ? `${ev.plover.type}${ev.plover.mode ? ` / ${ev.plover.mode}` : ''}` : null),
      row('Modality', `${ev.modality}${ev.negated ? ', negated' : ''}`),
      row('Confidence', ev.confidence.toFixed(2)),
      row('Rule', ev.rule)),
    h('h4', {}, 'Evidence'),
    ...ev.evidence.map((s) => h('blockquote', { class: 'evidence' }, doc.text.slice(s.start, s.end))));
}

/** The side-panel card for one highlighted annotation. Values are set as text only. */
export function detailOf(doc: ReadoutDocument, m: Mark): HTMLElement {
  if (m.layer === 'events') return eventDetail(doc, m.id);
  if (m.layer === 'entities') {
    const e = doc.entities.find((x) => x.id === m.id)!;
    return h('section', { class: 'card' }, h('h3', {}, e.name),
      h('dl', {}, row('Type', e.type), row('Actor code', e.actor?.code), row('Country', e.actor?.country ?? e.geo?.country),
        row('Sector', e.actor?.sector), row('Knowledge base', e.kb), row('Coordinates', e.geo ? `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}` : null),
        row('Mentions', e.mentions.length), row('Rule', e.mentions[0]?.rule)));
  }
  if (m.layer === 'times') {
    const t = doc.times.find((x) => x.id === m.id)!;
    return h('section', { class: 'card' }, h('h3', {}, `Time: ${t.text}`),
      h('dl', {}, row('Value', t.value ?? (t.range ? `${t.range.from} – ${t.range.to}` : 'unresolved')), row('Resolution', t.resolution), row('Rule', t.rule)));
  }
  const q = doc.quotes.find((x) => x.id === m.id)!;
  return h('section', { class: 'card' }, h('h3', {}, 'Quote'),
    h('dl', {}, row('Speaker', entityName(doc, q.speaker) ?? q.speakerText ?? 'unknown'), row('Kind', q.kind), row('Person quoted', entityName(doc, q.subject) ?? q.subjectText), row('Channel', q.channelText ?? q.channel), row('Cue', q.cue?.text), row('Rule', q.rule)));
}
