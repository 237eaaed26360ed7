import type { ReadoutDocument } from '../document/schema.js';
import type { Extractor } from '../extract/extractor.js';
import { parseText } from '../ingest/parse-text.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest-types.js';
import { withLayers, type LayerSpec } from './synthetic-layers.js';

/** Short wire-style stories written for these tests, with hand-written layers (see synthetic-layers.ts). */
interface Story { id: string; date: string; raw: string; layers: LayerSpec }

const GEO = {
  ankara: { lat: 39.93, lon: 32.86, country: 'TUR' },
  kyiv: { lat: 50.45, lon: 30.52, country: 'UKR' },
  baghdad: { lat: 33.31, lon: 44.37, country: 'IRQ' },
};

const STORIES: Story[] = [
  {
    id: 'talks-ankara', date: '2025-03-10',
    raw: 'Ministers meet in Ankara\n\nANKARA — Turkey\'s foreign minister met his Ukrainian counterpart in Ankara on Monday to discuss grain shipments. "We will keep the corridor open," the Turkish minister said.\n\nUkraine thanked Turkey for its help.',
    layers: {
      entities: [
        { id: 'e1', phrase: 'Turkey', type: 'GPE', code: 'TUR', country: 'TUR' },
        { id: 'e2', phrase: 'Ankara', type: 'GPE', geo: GEO.ankara },
        { id: 'e3', phrase: 'Ukraine', type: 'GPE', code: 'UKR', country: 'UKR' },
      ],
      times: [{ id: 't1', phrase: 'on Monday', value: '2025-03-10' }],
      quotes: [{ id: 'q1', phrase: '"We will keep the corridor open,"', speaker: 'e1' }],
      events: [
        { id: 'v1', phrase: 'met his Ukrainian counterpart', code: '040', label: 'Consult', goldstein: 1, quadClass: 1, plover: 'CONSULT', source: 'e1', target: 'e3', location: 'e2', time: 't1', date: '2025-03-10' },
        { id: 'v2', phrase: 'Ukraine thanked Turkey', code: '051', label: 'Praise or endorse', goldstein: 3.4, quadClass: 1, plover: 'SUPPORT', source: 'e3', target: 'e1', date: '2025-03-10' },
      ],
    },
  },
  {
    id: 'strike-kyiv', date: '2025-03-14',
    raw: 'Missiles hit Kyiv\n\nKYIV — Russian forces fired missiles at Kyiv on Friday, Ukrainian officials said. Ukraine accused Russia of targeting power plants.',
    layers: {
      entities: [
        { id: 'e1', phrase: 'Russian forces', type: 'ORG', code: 'RUSMIL', country: 'RUS' },
        { id: 'e2', phrase: 'Kyiv', type: 'GPE', geo: GEO.kyiv },
        { id: 'e3', phrase: 'Ukraine', type: 'GPE', code: 'UKR', country: 'UKR' },
        { id: 'e4', phrase: 'Russia', type: 'GPE', code: 'RUS', country: 'RUS' },
      ],
      times: [{ id: 't1', phrase: 'on Friday', value: '2025-03-14' }],
      events: [
        { id: 'v1', phrase: 'fired missiles at Kyiv', code: '195', label: 'Employ aerial weapons', goldstein: -10, quadClass: 4, plover: 'ASSAULT', source: 'e1', target: 'e3', location: 'e2', time: 't1', date: '2025-03-14' },
        { id: 'v2', phrase: 'Ukraine accused Russia', code: '112', label: 'Accuse', goldstein: -2, quadClass: 3, plover: 'ACCUSE', source: 'e3', target: 'e4', location: 'e2', date: '2025-03-14' },
      ],
    },
  },
  {
    id: 'protest-baghdad', date: '2025-04-02',
    raw: 'Protest in Baghdad\n\nBAGHDAD — Thousands of Iraqis protested in Baghdad on Wednesday against power cuts. Iraq promised new power lines.',
    layers: {
      entities: [
        { id: 'e1', phrase: 'Iraqis', type: 'NORP', code: 'IRQCVL', country: 'IRQ' },
        { id: 'e2', phrase: 'Baghdad', type: 'GPE', geo: GEO.baghdad },
        { id: 'e3', phrase: 'Iraq', type: 'GPE', code: 'IRQ', country: 'IRQ' },
      ],
      events: [
        { id: 'v1', phrase: 'protested in Baghdad', code: '141', label: 'Demonstrate or rally', goldstein: -6.5, quadClass: 3, plover: 'PROTEST', source: 'e1', target: 'e3', location: 'e2', date: '2025-04-02' },
        { id: 'v2', phrase: 'Iraq promised new power lines', code: '030', label: 'Express intent to cooperate', goldstein: 4, quadClass: 1, plover: 'COOPERATE', source: 'e3', target: 'e1', location: 'e2', date: '2025-04-02' },
      ],
    },
  },
];

/** Markup and script in an article: must be shown as text, never run or rendered. */
export const HOSTILE_TEXT = 'Hostile <script>window.__pwned = 1</script> test\n\nPARIS — France said <img src=x onerror="window.__pwned = 2"> that <b>bold</b> claims and <a href="javascript:window.__pwned=3">links</a> are only text. France criticised Germany.';

export function hostileDocument(extractor: Extractor): ReadoutDocument {
  const ingested = parseText(HOSTILE_TEXT, 'hostile', { id: 'hostile' }, { date: '2025-05-01', maxBytes: DEFAULT_MAX_BYTES });
  return withLayers(extractor.extract(ingested), {
    entities: [
      { id: 'e1', phrase: 'France', type: 'GPE', code: 'FRA', country: 'FRA' },
      { id: 'e2', phrase: 'Germany', type: 'GPE', code: 'DEU', country: 'DEU' },
      { id: 'e3', phrase: '<img src=x onerror="window.__pwned = 2">', type: 'ORG', code: '<b>X</b>' },
    ],
    events: [{ id: 'v1', phrase: 'France criticised Germany', code: '111', label: '<i>Criticize</i> or denounce', goldstein: -2, quadClass: 3, source: 'e1', target: 'e2', location: 'e3' }],
  });
}

export function sampleDocuments(extractor: Extractor): ReadoutDocument[] {
  return STORIES.map((s) => {
    const ingested = parseText(s.raw, `sample:${s.id}`, { id: s.id }, { date: s.date, maxBytes: DEFAULT_MAX_BYTES });
    return withLayers(extractor.extract(ingested), s.layers);
  });
}
