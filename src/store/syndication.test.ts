import { describe, expect, it } from 'vitest';
import { buildDocument, ingested, type EntitySpec } from '../test-support/store-documents.js';
import { storeDocuments } from '../test-support/store-fixture.js';
import { signature, similarity } from './minhash.js';
import { countEvents, findEvents, listArticles } from './queries/index.js';

const WIRE = `NAIROBI, Kenya — Kenya and Ethiopia signed a border security pact on Tuesday after two days of talks in Nairobi, officials from both governments said. The agreement sets up joint patrols along the frontier, where cattle raids and smuggling have killed dozens of people this year. Kenyan Interior Minister Kithure Kindiki said the patrols would begin next month and would be reviewed every six months. Ethiopian officials described the pact as a step toward a wider trade deal that the two neighbours hope to conclude before the end of the year. Regional analysts said the deal could ease tensions in the area.`;

// The same wire story as another outlet ran it: a new opening, two words changed, a credit line added.
const COPY = WIRE.replace('NAIROBI, Kenya —', 'NAIROBI (Wire) -').replace('dozens of people', 'scores of people').replace('Regional analysts', 'Independent analysts') + '\n(Reporting by staff; editing by the desk)';

const OTHER = `ADDIS ABABA, Ethiopia — Ethiopia and Kenya held talks on Tuesday about a new railway line linking the two capitals, a project that would cost several billion dollars. Ministers met in Addis Ababa and discussed financing from international lenders, officials said. No agreement was signed, and a further round of talks is planned for next year in Mombasa.`;

const ENTITIES: EntitySpec[] = [
  { id: 'k', name: 'Kenya', code: 'KEN', kb: 'country:KEN' },
  { id: 'e', name: 'Ethiopia', code: 'ETH', kb: 'country:ETH' },
];

describe('syndicated copies', () => {
  it('MinHash similarity is high for an edited copy and low for another story on the same subject', () => {
    expect(similarity(signature(WIRE), signature(COPY))).toBeGreaterThan(0.6);
    expect(similarity(signature(WIRE), signature(OTHER))).toBeLessThan(0.2);
  });

  it('links a republished wire story to its first copy and counts it as another source of the same events', () => {
    const original = buildDocument(ingested('wire', WIRE, { source: 'Wire Service' }), ENTITIES, [{ source: 'k', target: 'e', code: '057', words: 'signed a border security pact', date: '2024-05-07' }]);
    // The copy's extraction dated the event differently (no date): it must still be the same event.
    const copy = buildDocument(ingested('copy', COPY, { source: 'Daily Paper' }), ENTITIES, [{ source: 'k', target: 'e', code: '057', words: 'signed a border security pact' }]);
    const other = buildDocument(ingested('other', OTHER, { source: 'Daily Paper' }), ENTITIES, [{ source: 'e', target: 'k', code: '036', words: 'held talks' }]);
    const copyOfCopy = buildDocument(ingested('copy2', `${COPY} Copyright the desk.`, { source: 'Third Outlet' }), ENTITIES, [{ source: 'k', target: 'e', code: '057', words: 'signed a border security pact' }]);
    const db = storeDocuments([original, copy, other, copyOfCopy]);
    const articles = new Map(listArticles(db).map((a) => [a.id, a]));
    expect(articles.get('copy')!.copyOf).toBe('wire');
    expect(articles.get('copy2')!.copyOf).toBe('wire');
    expect(articles.get('other')!.copyOf).toBeNull();
    expect(articles.get('wire')!.copyOf).toBeNull();
    expect(countEvents(db)).toBe(2);
    const [pact] = findEvents(db, { code: '057' });
    expect(pact).toMatchObject({ date: '2024-05-07', numMentions: 3, numArticles: 3, numSources: 3, firstArticle: 'wire' });
  });

  it('a copy adds no event its original does not have', () => {
    const original = buildDocument(ingested('wire', WIRE), ENTITIES, [{ source: 'k', target: 'e', code: '057', words: 'signed a border security pact' }]);
    const copy = buildDocument(ingested('copy', COPY), ENTITIES, [
      { source: 'k', target: 'e', code: '057', words: 'signed a border security pact' },
      { source: 'e', target: 'k', code: '111', words: 'described the pact' },
    ]);
    const db = storeDocuments([original, copy]);
    expect(countEvents(db)).toBe(1);
  });
});
