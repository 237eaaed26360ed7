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
  const detail = h('aside', { class: 'detail', 'data-testid': 'detail' }, h('p', { class: 'muted' }, 'Click a highlighted span to see what readout found there.'));
  const textBox = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const show = (ms: Mark[]) => {
    clear(detail);
    const visible = ms.filter((m) => !textBox.classList.contains(`hide-${m.layer}`));
    // Events first: they explain the most.
    const order = (m: Mark) => LAYERS.indexOf(m.layer) * -1;
    for (const m of [...visible].sort((a, b) => order(a) - order(b))) detail.append(detailOf(doc, m));
    if (visible.length === 0) detail.append(h('p', { class: 'muted' }, 'Nothing highlighted here.'));
    textBox.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
    for (const m of visible) textBox.querySelectorAll(`[data-${m.layer}~="${CSS.escape(m.id)}"]`).forEach((el) => el.classList.add('selected'));
  };
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
    h('h2', { 'data-testid': 'doc-title' }, a.title ?? a.id),
    h('p', { class: 'muted' }, [a.source, a.published, a.url].filter(Boolean).join(' · ') || 'no metadata'),
    doc.errors.length ? h('p', { class: 'warn' }, `${doc.errors.length} stage error(s): ${doc.errors.map((e) => `${e.stage}: ${e.code}`).join(', ')}`) : null,
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
