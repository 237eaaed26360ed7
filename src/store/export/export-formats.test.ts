import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { iranIraqDocuments, storeDocuments } from '../../test-support/store-fixture.js';
import { exportChunks, type ExportFormat } from './export-formats.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.js';

// The header of the GDELT 2.0 event table as the codebook lists it, field by field.
const CODEBOOK_EVENT_HEADER = `GlobalEventID Day MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`.split(/\s+/);

const CODEBOOK_MENTION_HEADER = `GlobalEventID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier SentenceID
Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone MentionDocTranslationInfo Extras`.split(/\s+/);

const run = (format: ExportFormat, header = false, filter = {}) => [...exportChunks(storeDocuments(iranIraqDocuments()), format, filter, { header })].join('');

describe('exports', () => {
  it('GDELT events: the codebook columns in order, 61 tab-separated fields a line', () => {
    expect(GDELT_EVENT_COLUMNS).toEqual(CODEBOOK_EVENT_HEADER);
    expect(GDELT_EVENT_COLUMNS).toHaveLength(61);
    const lines = run('gdelt', true).split('\n').filter(Boolean);
    expect(lines[0]!.split('\t')).toEqual(CODEBOOK_EVENT_HEADER);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toHaveLength(61);
    const col = (r: string[], name: string) => r[CODEBOOK_EVENT_HEADER.indexOf(name)];
    const agree = rows.find((r) => col(r, 'EventCode') === '057')!;
    expect(col(agree, 'Day')).toBe('20240501');
    expect(col(agree, 'MonthYear')).toBe('202405');
    expect(col(agree, 'Year')).toBe('2024');
    expect(col(agree, 'FractionDate')).toBe('2024.3333');
    expect(col(agree, 'Actor1Code')).toBe('IRN');
    expect(col(agree, 'Actor1Name')).toBe('IRAN');
    expect(col(agree, 'Actor2CountryCode')).toBe('IRQ');
    expect(col(agree, 'EventRootCode')).toBe('05');
    expect(col(agree, 'QuadClass')).toBe('2');
    expect(col(agree, 'GoldsteinScale')).toBe('8');
    expect([col(agree, 'NumMentions'), col(agree, 'NumSources'), col(agree, 'NumArticles')]).toEqual(['2', '2', '2']);
    expect(col(agree, 'AvgTone')).toBe('');
    expect(col(agree, 'ActionGeo_FullName')).toBe('Baghdad');
    expect(col(agree, 'ActionGeo_Type')).toBe('4');
    expect(col(agree, 'ActionGeo_Lat')).toBe('33.31');
    expect(col(agree, 'DATEADDED')).toMatch(/^\d{14}$/);
    expect(col(agree, 'SOURCEURL')).toBe('https://wire.example/a');
    expect(run('gdelt').split('\n')[0]).not.toContain('GlobalEventID');
  });

  it('GDELT mentions: 16 fields, one line per reporting article', () => {
    expect(GDELT_MENTION_COLUMNS).toEqual(CODEBOOK_MENTION_HEADER);
    const rows = run('gdelt-mentions').split('\n').filter(Boolean).map((l) => l.split('\t'));
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(16);
    const byId = rows.filter((r) => r[5] === 'https://wire.example/a');
    expect(byId).toHaveLength(1);
    expect(byId[0]![3]).toBe('1'); // WEB
    expect(byId[0]![4]).toBe('Wire One');
    expect(byId[0]![9]).toBe('14'); // "signed" starts at 14
    expect(byId[0]![11]).toBe('90');
  });

  it('PLOVER JSONL: one event a line, with actors, type and stories', () => {
    const lines = run('plover').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.event_type).sort()).toEqual(['ACCUSE', 'AGREE']);
    const accuse = lines.find((l) => l.event_type === 'ACCUSE');
    expect(accuse).toMatchObject({ event_date: '2024-05-03', source_actor: 'Iraq', source_country: 'IRQ', target_country: 'IRN', num_articles: 1 });
    expect(accuse.stories[0].sentence).toContain('accused Iran');
  });

  it('CSV has a header and one line per event; filters apply', () => {
    const lines = run('csv', false, { code: '112' }).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id,date,source_name/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Iraq');
  });

  it('GraphML and GEXF: actors as nodes, dyads as edges with counts and mean Goldstein', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['node', 'edge', 'data', 'attvalue'].includes(n) });
    const g = parser.parse(run('graphml')).graphml.graph;
    expect(g.node).toHaveLength(2);
    expect(g.edge).toHaveLength(2);
    const gexf = parser.parse(run('gexf')).gexf.graph;
    expect(gexf.nodes.node.map((n: { '@label': string }) => n['@label']).sort()).toEqual(['Iran', 'Iraq']);
    const weights = gexf.edges.edge.map((e: { '@weight': string }) => Number(e['@weight'])).sort();
    expect(weights).toEqual([1, 1]);
    const goldstein = gexf.edges.edge.map((e: { attvalues: { attvalue: { '@for': string; '@value': string }[] } }) => e.attvalues.attvalue.find((a) => a['@for'] === 'goldstein')!['@value']).sort();
    expect(goldstein).toEqual(['-2', '8']);
  });
});
