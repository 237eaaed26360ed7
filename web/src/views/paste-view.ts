import { extract } from '../api.js';
import { clear, h } from '../dom.js';
import { documentPanel } from './document-panel.js';

/** #/paste: paste or upload an article and see it annotated at once (POST /extract, nothing stored). */
export function pasteView(): HTMLElement {
  const area = h('textarea', { rows: 10, placeholder: 'Paste an article: an optional headline line, then the text (a dateline such as "KYIV —" helps).', 'data-testid': 'paste-text', 'aria-label': 'article text' });
  const file = h('input', { type: 'file', accept: '.txt,.text,.md,.html,.htm', 'aria-label': 'upload an article' });
  const date = h('input', { type: 'date', 'aria-label': 'publication date' });
  const out = h('div', { class: 'paste-out', 'data-testid': 'paste-out' });
  const status = h('p', { class: 'muted', role: 'status' });
  let html = false;
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    area.value = await f.text();
    html = /\.html?$/i.test(f.name);
  });
  area.addEventListener('input', () => { html = false; });
  const form = h('form', { class: 'paste-form' }, area,
    h('div', { class: 'filters' }, h('label', {}, h('span', {}, 'Upload'), file), h('label', {}, h('span', {}, 'Published'), date),
      h('div', { class: 'actions' }, h('button', { type: 'submit', 'data-testid': 'paste-submit' }, 'Annotate'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(out);
    if (!area.value.trim()) {
      status.textContent = 'Paste or upload an article first.';
      return;
    }
    status.textContent = 'Annotating…';
    const started = performance.now();
    try {
      const doc = await extract({ ...(html ? { html: area.value } : { text: area.value }), ...(date.value ? { date: date.value } : {}) });
      status.textContent = `Annotated in ${Math.round(performance.now() - started)} ms: ${doc.sentences.length} sentences, ${doc.entities.length} entities, ${doc.events.length} events.`;
      out.append(documentPanel(doc));
    } catch (err) {
      status.textContent = `Could not annotate: ${(err as Error).message}`;
    }
  });
  return h('div', { class: 'view' }, h('h2', {}, 'Annotate an article'), form, status, out);
}
