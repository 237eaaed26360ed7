import type { ReadoutDocument } from '../api.js';
import { clear, h } from '../dom.js';
import { blocksOf, LAYERS, marksOf, segments, type Layer, type Mark } from '../highlight.js';
import { detailOf } from './annotation-detail.js';

const LAYER_LABEL: Record<Layer, string> = { entities: 'Entities', times: 'Times', quotes: 'Quotes', events: 'Events' };

/** A layer's colour key: entity type for entities, the layer otherwise. */
function classesOf(marks: Mark[]): string {
  const cls = new Set<string>(['seg']);
  for (const mk of marks) {
    cls.add(`ann-${mk.layer}`);
    if (mk.kind) cls.add(`kind-${mk.kind.toLowerCase()}`);
  }
  return [...cls].join(' ');
}

/**
 * The article with its layers highlighted (every piece of text set as a text node) and a side
 * panel that explains the clicked annotation. Used by the reader and the paste view.
 */
export function documentPanel(doc: ReadoutDocument, selectedEvent: string | null = null): HTMLElement {
  const marks = marksOf(doc);
  const detail = h('aside', { class: 'detail', 'data-testid': 'detail' });
  const textBox = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const show = (ms: Mark[]) => {
    clear(detail);
    const visible = ms.filter((m) => !textBox.classList.contains(`hide-${m.layer}`));
    // Events first: they explain the most.
    const order = (m: Mark) => LAYERS.indexOf(m.layer) * -1;
    for (const m of [...visible].sort((a, b) => order(a) - order(b))) detail.append(detailOf(doc, m));
    if (visible.length === 0) detail.append(h('p', { class: 'muted' }, 'Nothing highlighted here.'));
    const back = h('button', { type: 'button', class: 'link-button' }, '‹ all events of the article');
    back.addEventListener('click', () => { overview(); textBox.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected')); });
    detail.append(back);
    textBox.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
    for (const m of visible) textBox.querySelectorAll(`[data-${m.layer}~="${CSS.escape(m.id)}"]`).forEach((el) => el.classList.add('selected'));
  };
  const overview = () => {
    clear(detail);
    detail.append(h('p', { class: 'muted' }, 'Click a highlighted span to see what readout found there.'));
    if (doc.events.length === 0) return;
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    const who = (a: { entity: string | null; text: string } | null) => (a ? (a.entity ? names.get(a.entity) : null) ?? a.text : '—');
    detail.append(h('section', { class: 'card' }, h('h3', {}, `Events in this article (${doc.events.length})`),
      h('ol', { class: 'event-list', 'data-testid': 'article-events' }, ...doc.events.map((ev) => {
        const item = h('li', { tabindex: 0 }, h('span', { class: `code quad-${ev.cameo.quadClass}` }, ev.cameo.code), ` ${who(ev.source)} → ${who(ev.target)}: ${ev.cameo.label}`);
        const pick = () => {
          show([{ layer: 'events', id: ev.id, start: ev.evidence[0]!.start, end: ev.evidence[0]!.end }]);
          textBox.querySelector('.selected')?.scrollIntoView({ block: 'center' });
        };
        item.addEventListener('click', pick);
        item.addEventListener('keydown', (e) => { if (e.key === 'Enter') pick(); });
        return item;
      }))));
  };
  overview();
  for (const block of blocksOf(doc)) {
    const p = h('p');
    for (const seg of segments(marks, block.start, block.end)) {
      const piece = doc.text.slice(seg.start, seg.end);
      if (seg.marks.length === 0) {
        p.append(document.createTextNode(piece));
        continue;
      }
      const attrs: Record<string, string> = { class: classesOf(seg.marks) };
      for (const layer of LAYERS) {
        const ids = seg.marks.filter((m) => m.layer === layer).map((m) => m.id);
        if (ids.length) attrs[`data-${layer}`] = ids.join(' ');
      }
      const span = h('span', attrs, piece);
      span.addEventListener('click', () => show(seg.marks));
      p.append(span);
    }
    textBox.append(p);
  }
  const toggles = h('div', { class: 'toggles', role: 'group', 'aria-label': 'layers' },
    ...LAYERS.map((layer) => {
      const count = marks.filter((m) => m.layer === layer).length;
      const box = h('input', { type: 'checkbox', checked: true, 'data-layer': layer });
      box.addEventListener('change', () => textBox.classList.toggle(`hide-${layer}`, !box.checked));
      return h('label', { class: `toggle swatch-${layer}` }, box, ` ${LAYER_LABEL[layer]} (${count})`);
    }));
  const a = doc.article;
  const head = h('header', { class: 'doc-head' },
    h('h2', { 'data-testid': 'doc-title' }, a.title ?? 'Untitled article'),
    h('p', { class: 'muted' }, [a.source, a.published ?? 'no date', a.url, `id ${a.id}`].filter(Boolean).join(' · ')),
    doc.errors.length ? h('p', { class: 'warn' }, `${doc.errors.length} stage error(s): ${doc.errors.map((e) => `${e.stage}: ${e.code}`).join(', ')}`) : null,
    doc.warnings?.length ? h('p', { class: 'muted' }, `${doc.warnings.length} warning(s): ${doc.warnings.map((e) => `${e.stage}: ${e.code}`).join(', ')}`) : null,
    toggles);
  const panel = h('div', { class: 'document' }, h('div', { class: 'doc-main' }, head, textBox), detail);
  const chosen = selectedEvent ? doc.events.find((e) => e.id === selectedEvent) : undefined;
  if (chosen) {
    queueMicrotask(() => {
      show([{ layer: 'events', id: chosen.id, start: chosen.evidence[0]!.start, end: chosen.evidence[0]!.end }]);
      textBox.querySelector('.selected')?.scrollIntoView({ block: 'center' });
    });
  }
  return panel;
}
