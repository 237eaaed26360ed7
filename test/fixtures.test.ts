import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/document/schema.js';
import { checkSpans } from '../src/document/span-check.js';
import { Extractor } from '../src/extract/extractor.js';
import { expectationOf, expectedPath, extractFixture, listFixtures } from '../src/test-support/fixtures.js';

const extractor = new Extractor();
const fixtures = listFixtures();

describe('fixtures', () => {
  it('has at least six whole articles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(fixtures)('$slug', (fixture) => {
    const txt = extractFixture(extractor, fixture, 'txt', fixture.published);
    const html = extractFixture(extractor, fixture, 'html', null);
    const jsonl = extractFixture(extractor, fixture, 'jsonl', null);

    it('matches expected.json (text form)', () => {
      expect(existsSync(expectedPath(fixture))).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath(fixture), 'utf8'));
      expect(expectationOf(txt)).toEqual(expected);
    });

    it.each([['txt', txt], ['html', html], ['jsonl', jsonl]] as const)('%s form is schema-valid with exact spans', (_form, doc) => {
      expect(documentSchema.safeParse(doc).error).toBeUndefined();
      expect(checkSpans(doc)).toEqual([]);
      expect(doc.errors).toEqual([]);
    });

    it('reads the same article from text, HTML and JSONL', () => {
      const sentences = (d: typeof txt) => d.sentences.map((s) => d.text.slice(s.start, s.end));
      expect(sentences(html)).toEqual(sentences(txt));
      expect(sentences(jsonl)).toEqual(sentences(txt));
      expect(html.article.title).toBe(txt.article.title);
      expect(jsonl.article.title).toBe(txt.article.title);
      expect(html.article.dateline?.text).toBe(txt.article.dateline?.text);
      expect(jsonl.article.dateline?.text).toBe(txt.article.dateline?.text);
    });

    it('takes the publication date from HTML and JSONL metadata', () => {
      expect(html.article.published).toBe(fixture.published);
      expect(html.article.publishedFrom).toBe('metadata');
      expect(jsonl.article.published).toBe(fixture.published);
      expect(txt.article.publishedFrom).toBe('option');
    });

    it('finds a dateline and a headline in the text form', () => {
      expect(txt.article.dateline).not.toBeNull();
      expect(txt.article.title).toBeTruthy();
      expect(txt.sentences[0]!.start).toBeGreaterThanOrEqual(txt.article.dateline!.bodyStart);
    });
  });
});
