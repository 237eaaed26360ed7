import { ApiError, extract, extractAndStore, health, type ExtractInput, type Health } from '../api.js';
import { clear, h } from '../dom.js';
import { saveErrorMessage } from '../save-messages.js';
import { documentPanel } from './document-panel.js';

/**
 * #/paste: paste or upload an article and see it annotated at once (POST /extract, nothing stored);
 * when the server has a store, "Save to the store" annotates and keeps it (POST /extract with
 * store: true), with a token field when the server says writing needs one.
 */
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
  const input = (): ExtractInput => ({ ...(html ? { html: area.value } : { text: area.value }), ...(date.value ? { date: date.value } : {}) });
  const saveSlot = h('div', { class: 'actions' });
  const form = h('form', { class: 'paste-form' }, area,
    h('div', { class: 'filters' }, h('label', {}, h('span', {}, 'Upload'), file), h('label', {}, h('span', {}, 'Published'), date),
      h('div', { class: 'actions' }, h('button', { type: 'submit', 'data-testid': 'paste-submit' }, 'Annotate')), saveSlot));
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
      const doc = await extract(input());
      status.textContent = `Annotated in ${Math.round(performance.now() - started)} ms: ${doc.sentences.length} sentences, ${doc.entities.length} entities, ${doc.events.length} events.`;
      out.append(documentPanel(doc));
    } catch (err) {
      status.textContent = `Could not annotate: ${(err as Error).message}`;
    }
  });
  const saved = h('p', { class: 'muted', 'data-testid': 'save-status', 'aria-live': 'polite' });
  // Only a server with a store can save; ask it (the view works without, as before).
  void health().then((hl) => {
    if (hl.store) saveSlot.append(...saveControls(hl, area, input, out, saved));
  }, () => {});
  return h('div', { class: 'view' }, h('h2', {}, 'Annotate an article'), form, status, saved, out);
}

/** The token field (when the server needs one) and the save button. */
function saveControls(hl: Health, area: HTMLTextAreaElement, input: () => ExtractInput, out: HTMLElement, saved: HTMLElement): HTMLElement[] {
  const token = h('input', { type: 'password', autocomplete: 'off', 'data-testid': 'save-token', 'aria-label': 'server token', placeholder: 'server token' });
  const button = h('button', { type: 'button', 'data-testid': 'paste-save' }, 'Save to the store');
  button.addEventListener('click', async () => {
    clear(saved);
    saved.classList.remove('error');
    if (!area.value.trim()) {
      saved.textContent = 'Paste or upload an article first.';
      return;
    }
    button.disabled = true;
    saved.textContent = 'Saving…';
    try {
      const r = await extractAndStore(input(), token.value.trim());
      clear(saved);
      saved.append(`${r.created ? 'Saved' : 'Updated the stored copy of'} “${r.doc.article.title ?? r.doc.article.id}” (${r.doc.events.length} events). `,
        h('a', { href: `#/reader/${encodeURIComponent(r.doc.article.id)}`, 'data-testid': 'saved-link' }, 'Open it in the reader'));
      clear(out);
      out.append(documentPanel(r.doc));
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', (err as Error).message);
      saved.classList.add('error');
      saved.textContent = saveErrorMessage(e.code, e.message, token.value.trim() !== '');
    } finally {
      button.disabled = false;
    }
  });
  return hl.tokenRequired ? [h('label', {}, h('span', {}, 'Token'), token), button] : [button];
}
