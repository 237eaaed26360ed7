import { describe, expect, it } from 'vitest';
import { fakeExtractor } from '../test-support/store-documents.js';
import { iranIraqDocuments, storeDocuments } from '../test-support/store-fixture.js';
import { countEvents, findEvents } from './queries/index.js';
import { reprocessStore } from './reprocess.js';
import { checkStore } from './store-integrity.js';

describe('reprocess', () => {
  it('re-extracts stored articles and updates events in place, with no duplicates', () => {
    const docs = iranIraqDocuments();
    const db = storeDocuments(docs);
    const agree = findEvents(db, { code: '057' })[0]!;
    // New patterns: article b's accusation is now read as a threat (138), everything else unchanged.
    const [a, b] = iranIraqDocuments();
    b!.events[1]!.cameo = { code: '138', label: 'Threaten with military force', root: '13', goldstein: -7, quadClass: 3 };
    const v2 = fakeExtractor(new Map([['a', a!], ['b', b!]]));
    v2.stages = [{ name: 'fake' }, { name: 'v2' }];
    const stats = reprocessStore(db, v2);
    expect(stats).toMatchObject({ stored: 2, replaced: 2, failed: 0 });
    expect(countEvents(db)).toBe(2);
    expect(countEvents(db, { code: '112' })).toBe(0);
    expect(countEvents(db, { code: '138' })).toBe(1);
    const agreeAfter = findEvents(db, { code: '057' })[0]!;
    expect(agreeAfter.id).toBe(agree.id);
    expect(agreeAfter).toMatchObject({ numMentions: 2, numArticles: 2 });
    expect(checkStore(db)).toEqual([]);
    // Again: nothing changes; --stale finds nothing to do.
    reprocessStore(db, v2);
    expect(countEvents(db)).toBe(2);
    expect(reprocessStore(db, v2, { staleOnly: true }).stored).toBe(0);
    expect(checkStore(db)).toEqual([]);
  });
});
