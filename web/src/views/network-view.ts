import cytoscape from 'cytoscape';
import { api } from '../api.js';
import { h } from '../dom.js';
import { goldsteinColour } from '../quad.js';

/** #/network: actors as nodes, dyads as edges (width = count, colour = mean Goldstein); click to see events. */
export async function networkView(): Promise<HTMLElement> {
  const dyads = (await api.dyads({ limit: 300 })).items;
  const box = h('div', { class: 'network', 'data-testid': 'network' });
  const info = h('p', { class: 'muted', 'data-testid': 'network-info' }, `${dyads.length} dyads. Click an actor or an edge to list its events.`);
  const view = h('div', { class: 'view' }, h('h2', {}, 'Actor network'), info,
    h('div', { class: 'legend' }, h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${goldsteinColour(-10)}` }), ' conflict'),
      h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${goldsteinColour(0)}` }), ' neutral'),
      h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${goldsteinColour(10)}` }), ' cooperation'),
      h('span', { class: 'legend-item' }, ' edge width: number of events')),
    box);
  if (dyads.length === 0) {
    info.textContent = 'No dyads yet.';
    return view;
  }
  const nodes = new Map<string, { id: string; label: string; weight: number }>();
  for (const d of dyads) {
    for (const a of [d.source, d.target]) {
      const n = nodes.get(a.name) ?? { id: a.name, label: a.name, weight: 0 };
      n.weight += d.count;
      nodes.set(a.name, n);
    }
  }
  const maxCount = Math.max(...dyads.map((d) => d.count));
  const maxWeight = Math.max(...[...nodes.values()].map((n) => n.weight));
  // Cytoscape renders labels on a canvas: names are drawn as text, never parsed as markup.
  const elements = [
    ...[...nodes.values()].map((n) => ({ data: { id: `n:${n.id}`, name: n.id, label: n.label, size: 14 + 22 * Math.sqrt(n.weight / maxWeight) } })),
    ...dyads.map((d, i) => ({ data: {
      id: `e${i}`, source: `n:${d.source.name}`, target: `n:${d.target.name}`, a: d.source.name, b: d.target.name,
      width: 1.5 + 8 * (d.count / maxCount), colour: goldsteinColour(d.goldsteinMean), label: `${d.count}`,
    } })),
  ];
  requestAnimationFrame(() => {
    const cy = cytoscape({
      container: box,
      elements,
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, randomize: false },
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#3b5b7a', color: '#1d2733', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f0b429' } },
      ],
    });
    cy.on('tap', 'node', (e) => { location.hash = `#/events?actor=${encodeURIComponent(e.target.data('name') as string)}`; });
    cy.on('tap', 'edge', (e) => { location.hash = `#/events?source=${encodeURIComponent(e.target.data('a') as string)}&target=${encodeURIComponent(e.target.data('b') as string)}`; });
    box.dataset.ready = 'true';
    (window as unknown as { __cy?: unknown }).__cy = cy;
  });
  return view;
}
