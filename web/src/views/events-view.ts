import { api, type EventRow } from '../api.js';
import { h } from '../dom.js';
import { QUAD_LABEL } from '../quad.js';
import { pager } from './reader-view.js';

const FILTERS: { key: string; label: string; placeholder?: string; type?: string }[] = [
  { key: 'actor', label: 'Actor', placeholder: 'name, code or country' },
  { key: 'source', label: 'Source' }, { key: 'target', label: 'Target' },
  { key: 'code', label: 'CAMEO code', placeholder: 'e.g. 190 or 19*' }, { key: 'root', label: 'Root', placeholder: '01–20' },
  { key: 'since', label: 'Since', type: 'date' }, { key: 'until', label: 'Until', type: 'date' },
  { key: 'place', label: 'Place' }, { key: 'text', label: 'Text' },
];
const COLUMNS: { key: string; label: string; sort?: string; cell: (e: EventRow) => string }[] = [
  { key: 'date', label: 'Date', sort: 'date', cell: (e) => e.date ?? '' },
  { key: 'source', label: 'Source', sort: 'source', cell: (e) => `${e.source.name}${e.source.code ? ` (${e.source.code})` : ''}` },
  { key: 'code', label: 'Event', sort: 'code', cell: (e) => `${e.code} ${e.label}` },
  { key: 'target', label: 'Target', sort: 'target', cell: (e) => (e.target ? `${e.target.name}${e.target.code ? ` (${e.target.code})` : ''}` : '') },
  { key: 'goldstein', label: 'Goldstein', sort: 'goldstein', cell: (e) => String(e.goldstein) },
  { key: 'place', label: 'Place', cell: (e) => e.place?.name ?? '' },
  { key: 'text', label: 'Text', cell: (e) => e.text },
];
const LIMIT = 50;

function hashWith(params: URLSearchParams, changes: Record<string, string | null>): string {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) if (v === null || v === '') p.delete(k); else p.set(k, v);
  return `#/events?${p.toString()}`;
}

/** #/events?filters: the filterable, sortable table; a row opens the event in the reader. */
export async function eventsView(params: URLSearchParams): Promise<HTMLElement> {
  const q: Record<string, string> = {};
  for (const [k, v] of params) if (v) q[k] = v;
  const offset = Number(q.offset ?? 0) || 0;
  const sort = q.sort ?? 'date';
  const order = q.order ?? 'desc';
  const page = await api.events({ ...q, limit: LIMIT, offset, sort, order });
  const inputs = FILTERS.map((f) => h('input', { name: f.key, type: f.type ?? 'text', value: q[f.key] ?? '', placeholder: f.placeholder ?? '', 'aria-label': f.label }));
  const quad = h('select', { name: 'quad', 'aria-label': 'Quad class' }, h('option', { value: '' }, 'any quad class'),
    ...[1, 2, 3, 4].map((n) => h('option', { value: String(n), selected: q.quad === String(n) }, `${n} ${QUAD_LABEL[n]}`)));
  const form = h('form', { class: 'filters', 'data-testid': 'event-filters' },
    ...FILTERS.map((f, i) => h('label', {}, h('span', {}, f.label), inputs[i]!)),
    h('label', {}, h('span', {}, 'Quad class'), quad),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/events', class: 'button-link' }, 'Clear')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes: Record<string, string | null> = { offset: null };
    for (const el of [...inputs, quad]) changes[el.name] = el.value.trim() || null;
    location.hash = hashWith(params, changes);
  });
  const head = h('tr', {}, ...COLUMNS.map((c) => {
    if (!c.sort) return h('th', {}, c.label);
    const active = sort === c.sort;
    const next = active && order === 'desc' ? 'asc' : 'desc';
    return h('th', { 'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : 'none' },
      h('a', { href: hashWith(params, { sort: c.sort, order: next, offset: null }), 'data-sort': c.sort }, `${c.label}${active ? (order === 'asc' ? ' ▲' : ' ▼') : ''}`));
  }));
  const rows = page.items.map((e) => {
    const [articleId, eventId] = [e.article, e.event];
    const tr = h('tr', { class: `quad-row-${e.quadClass}`, 'data-event': e.id, tabindex: 0 },
      ...COLUMNS.map((c) => h('td', { class: `col-${c.key}` }, c.cell(e))));
    const open = () => { location.hash = `#/reader/${encodeURIComponent(articleId)}?event=${encodeURIComponent(eventId)}`; };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    return tr;
  });
  return h('div', { class: 'view' },
    h('h2', {}, 'Events'), form,
    h('p', { class: 'muted', 'data-testid': 'event-count' }, `${page.total} event${page.total === 1 ? '' : 's'}`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'events', 'data-testid': 'events-table' }, h('thead', {}, head), h('tbody', {}, ...rows))),
    pager(page.total, offset, LIMIT, (o) => hashWith(params, { offset: String(o) })));
}
