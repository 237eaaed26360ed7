import { api, type DyadBucket, type TimelineBucket } from '../api.js';
import { h, svg } from '../dom.js';
import { QUAD_COLOUR, QUAD_LABEL } from '../quad.js';

const W = 900;
const H = 320;
const M = { top: 16, right: 48, bottom: 48, left: 44 };

/** Stacked bars of events per period by quad class, and a Goldstein line for a chosen dyad. */
function chart(buckets: TimelineBucket[], dyad: DyadBucket[]): SVGElement {
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'events over time by quad class', 'data-testid': 'timeline-chart' });
  const periods = [...new Set([...buckets.map((b) => b.period), ...dyad.map((d) => d.period)])].sort();
  if (periods.length === 0) return root;
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const band = innerW / periods.length;
  const x = (p: string) => M.left + periods.indexOf(p) * band;
  const maxCount = Math.max(1, ...buckets.map((b) => b.count));
  const y = (n: number) => M.top + innerH - (n / maxCount) * innerH;
  const g = (v: number) => M.top + innerH / 2 - (v / 10) * (innerH / 2);
  for (let i = 0; i <= 4; i++) {
    const n = Math.round((maxCount * i) / 4);
    root.append(svg('line', { x1: M.left, x2: W - M.right, y1: y(n), y2: y(n), class: 'grid' }), svg('text', { x: M.left - 6, y: y(n) + 4, 'text-anchor': 'end', class: 'tick' }, String(n)));
  }
  for (const b of buckets) {
    let base = 0;
    b.quad.forEach((n, qi) => {
      if (n === 0) return;
      root.append(svg('rect', { x: x(b.period) + band * 0.1, width: Math.max(1, band * 0.8), y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOUR[qi + 1]!, class: 'bar' },
        svg('title', {}, `${b.period}: ${n} × ${QUAD_LABEL[qi + 1]}`)));
      base += n;
    });
  }
  const step = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((p, i) => {
    if (i % step === 0) root.append(svg('text', { x: x(p) + band / 2, y: H - M.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, p));
  });
  if (dyad.length) {
    root.append(svg('line', { x1: M.left, x2: W - M.right, y1: g(0), y2: g(0), class: 'zero' }));
    for (const v of [-10, 0, 10]) root.append(svg('text', { x: W - M.right + 6, y: g(v) + 4, class: 'tick' }, String(v)));
    const pts = dyad.map((d) => `${x(d.period) + band / 2},${g(d.goldsteinMean)}`).join(' ');
    root.append(svg('polyline', { points: pts, class: 'goldstein-line', 'data-testid': 'goldstein-line' }));
    for (const d of dyad) root.append(svg('circle', { cx: x(d.period) + band / 2, cy: g(d.goldsteinMean), r: 4, class: 'goldstein-dot' }, svg('title', {}, `${d.period}: mean Goldstein ${d.goldsteinMean.toFixed(1)} over ${d.count}`)));
  }
  root.append(svg('text', { x: M.left, y: H - 8, class: 'axis-label' }, 'events per period (bars) · mean Goldstein of the chosen dyad, −10..10 (line, right axis)'));
  return root;
}

/** #/timeline?by=day|week|month&dyad=A|B */
export async function timelineView(params: URLSearchParams): Promise<HTMLElement> {
  const by = params.get('by') ?? 'day';
  const dyadKey = params.get('dyad') ?? '';
  const [timeline, dyads] = await Promise.all([api.timeline({ by }), api.dyads({ limit: 100 })]);
  const [a, b] = dyadKey.split('|');
  const dyad = a && b ? (await api.dyad(a, b, by)).buckets : [];
  const go = (changes: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) p.set(k, v);
    location.hash = `#/timeline?${p.toString()}`;
  };
  const bySel = h('select', { 'aria-label': 'granularity', 'data-testid': 'timeline-by' }, ...['day', 'week', 'month'].map((v) => h('option', { value: v, selected: v === by }, `by ${v}`)));
  bySel.addEventListener('change', () => go({ by: bySel.value }));
  const dyadSel = h('select', { 'aria-label': 'dyad', 'data-testid': 'timeline-dyad' }, h('option', { value: '' }, 'Goldstein line: choose a dyad'),
    ...dyads.items.map((d) => {
      const key = `${d.source.name}|${d.target.name}`;
      return h('option', { value: key, selected: key === dyadKey }, `${d.source.name} → ${d.target.name} (${d.count})`);
    }));
  dyadSel.addEventListener('change', () => go({ dyad: dyadSel.value }));
  const legend = h('div', { class: 'legend' }, ...[1, 2, 3, 4].map((q) => h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${QUAD_COLOUR[q]}` }), ` ${QUAD_LABEL[q]}`)),
    dyad.length ? h('span', { class: 'legend-item' }, h('span', { class: 'line-key' }), ` ${a} → ${b}`) : null);
  return h('div', { class: 'view' }, h('h2', {}, 'Timeline'), h('div', { class: 'filters' }, bySel, dyadSel), legend,
    timeline.buckets.length ? chart(timeline.buckets, dyad) : h('p', { class: 'muted' }, 'No dated events yet.'));
}
