import { api } from '../api.js';
import { h } from '../dom.js';
import { documentPanel } from './document-panel.js';

/** #/reader/ID[?event=EID]: one stored article with its annotations. */
export async function readerView(params: URLSearchParams, id: string): Promise<HTMLElement> {
  const doc = await api.article(id);
  return h('div', { class: 'view reader' }, documentPanel(doc, params.get('event')));
}

/** #/ (home): the stored articles, newest first, each a link to the reader. */
export async function articlesView(params: URLSearchParams): Promise<HTMLElement> {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const text = params.get('text') ?? '';
  const page = await api.articles({ limit: 50, offset, text });
  const search = h('input', { type: 'search', placeholder: 'Search titles and text', value: text, 'aria-label': 'search articles' });
  const form = h('form', { class: 'filters' }, search, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/articles?text=${encodeURIComponent(search.value)}`;
  });
  const list = h('ul', { class: 'article-list', 'data-testid': 'article-list' },
    ...page.items.map((a) => h('li', {},
      h('a', { href: `#/reader/${encodeURIComponent(a.id)}` }, a.title ?? a.id),
      h('span', { class: 'muted' }, ` ${[a.published, a.source].filter(Boolean).join(' · ')} · ${a.events} event${a.events === 1 ? '' : 's'}`))));
  return h('div', { class: 'view' }, h('h2', {}, `Articles (${page.total})`), form,
    page.total === 0 ? h('p', { class: 'muted' }, 'No stored articles yet. Ingest some with `readout ingest`, or paste one.') : list,
    pager(page.total, offset, 50, (o) => `#/articles?offset=${o}&text=${encodeURIComponent(text)}`));
}

export function pager(total: number, offset: number, limit: number, link: (offset: number) => string): HTMLElement {
  return h('nav', { class: 'pager' },
    offset > 0 ? h('a', { href: link(Math.max(0, offset - limit)) }, '‹ previous') : null,
    h('span', { class: 'muted' }, total === 0 ? '' : ` ${offset + 1}–${Math.min(total, offset + limit)} of ${total} `),
    offset + limit < total ? h('a', { href: link(offset + limit) }, 'next ›') : null);
}
