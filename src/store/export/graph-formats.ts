import type { NetworkEdge, NetworkNode } from './actor-network.js';

const xml = (s: string | number | null) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** GraphML (yEd, Gephi, networkx): actors as nodes, dyads as directed edges with counts and mean Goldstein. */
export function toGraphml(nodes: NetworkNode[], edges: NetworkEdge[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="code" for="node" attr.name="code" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="nevents" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="events" for="edge" attr.name="events" attr.type="int"/>',
    '  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein_mean" attr.type="double"/>',
    '  <graph id="readout" edgedefault="directed">',
  ];
  for (const n of nodes) {
    out.push(`    <node id="${n.id}"><data key="name">${xml(n.name)}</data><data key="code">${xml(n.code)}</data><data key="country">${xml(n.country)}</data><data key="nevents">${n.events}</data></node>`);
  }
  edges.forEach((e, i) => {
    out.push(`    <edge id="d${i + 1}" source="${e.source}" target="${e.target}"><data key="events">${e.events}</data><data key="mentions">${e.mentions}</data><data key="goldstein">${e.goldsteinMean}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** GEXF 1.3 (Gephi): the same network, edge weight = events. */
export function toGexf(nodes: NetworkNode[], edges: NetworkEdge[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>readout</creator><description>actors and dyads</description></meta>',
    '  <graph defaultedgetype="directed">',
    '    <attributes class="node"><attribute id="code" title="code" type="string"/><attribute id="country" title="country" type="string"/><attribute id="events" title="events" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="events" title="events" type="integer"/><attribute id="mentions" title="mentions" type="integer"/><attribute id="goldstein" title="goldstein_mean" type="double"/></attributes>',
    '    <nodes>',
  ];
  for (const n of nodes) {
    out.push(`      <node id="${n.id}" label="${xml(n.name)}"><attvalues><attvalue for="code" value="${xml(n.code)}"/><attvalue for="country" value="${xml(n.country)}"/><attvalue for="events" value="${n.events}"/></attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  edges.forEach((e, i) => {
    out.push(`      <edge id="d${i + 1}" source="${e.source}" target="${e.target}" weight="${e.events}"><attvalues><attvalue for="events" value="${e.events}"/><attvalue for="mentions" value="${e.mentions}"/><attvalue for="goldstein" value="${e.goldsteinMean}"/></attvalues></edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
