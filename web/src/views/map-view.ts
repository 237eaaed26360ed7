import { geoEqualEarth, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { api, type EventRow } from '../api.js';
import { h, svg } from '../dom.js';
import { QUAD_COLOUR, QUAD_LABEL } from '../quad.js';

const W = 960;

/** #/map: events at their place's coordinates on bundled Natural Earth country shapes (no tiles, no network). */
export async function mapView(params: URLSearchParams): Promise<HTMLElement> {
  const q: Record<string, string> = {};
  for (const [k, v] of params) if (v) q[k] = v;
  const page = await api.events({ ...q, limit: 1000 });
  const placed = page.items.filter((e) => e.place?.lat != null && e.place?.lon != null);
  const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitWidth(W - 8, { type: 'Sphere' });
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds({ type: 'Sphere' });
  const H = Math.ceil(bottom - top) + 8;
  projection.translate([W / 2, H / 2]);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', 'data-testid': 'map' });
  root.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }), svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const f of land.features) root.append(svg('path', { d: path(f) ?? '', class: 'country' }, svg('title', {}, String((f.properties as { name?: string } | null)?.name ?? ''))));
  // Several events at one place: one circle sized by count, coloured by the most common quad class.
  const byPlace = new Map<string, EventRow[]>();
  for (const e of placed) {
    const key = `${e.place!.lat},${e.place!.lon}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), e]);
  }
  for (const events of byPlace.values()) {
    const p = events[0]!.place!;
    const xy = projection([p.lon!, p.lat!]);
    if (!xy) continue;
    const counts = [1, 2, 3, 4].map((qc) => events.filter((e) => e.quadClass === qc).length);
    const quad = counts.indexOf(Math.max(...counts)) + 1;
    const dot = svg('circle', { cx: xy[0], cy: xy[1], r: 4 + 3 * Math.sqrt(events.length), fill: QUAD_COLOUR[quad]!, class: 'event-dot', 'data-place': p.name, tabindex: 0 },
      svg('title', {}, `${p.name}: ${events.length} event${events.length === 1 ? '' : 's'}`));
    dot.addEventListener('click', () => { location.hash = `#/events?place=${encodeURIComponent(p.name)}`; });
    root.append(dot);
  }
  return h('div', { class: 'view' }, h('h2', {}, 'Map'),
    h('p', { class: 'muted', 'data-testid': 'map-info' }, `${placed.length} of ${page.items.length} events have a place with coordinates. Click a circle to list its events.`),
    h('div', { class: 'legend' }, ...[1, 2, 3, 4].map((n) => h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${QUAD_COLOUR[n]}` }), ` ${QUAD_LABEL[n]}`))),
    h('div', { class: 'map-wrap' }, root));
}
