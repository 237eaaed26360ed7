import { writeFileSync } from 'node:fs';
import { Extractor } from '../extract/extractor.js';
import { expectationOf, expectedPath, extractFixture, listFixtures } from './fixtures.js';

/** `npm run fixtures:update`: rewrites every fixture's expected.json from the current pipeline. */
const extractor = new Extractor();
for (const fixture of listFixtures()) {
  const doc = extractFixture(extractor, fixture, 'txt', fixture.published);
  writeFileSync(expectedPath(fixture), `${JSON.stringify(expectationOf(doc), null, 2)}\n`);
  process.stdout.write(`updated ${fixture.slug}\n`);
}
