import { describe, expect, it } from 'vitest';
import { locateArticle } from '../../../../lib/locator/locate-article';
import { ALL_AHRAM_PAGES, SEED_PAGE } from '../../../fixtures/fixture-pages';
import { parseFixture, parseHtml, readFixture } from '../../../support/parse-html';

const AHRAM = 'https://english.ahram.org.eg';

describe('locateArticle on the Ahram fixtures', () => {
  for (const page of ALL_AHRAM_PAGES) {
    it(`${page.file}: ${page.expected.kind}`, () => {
      const result = locateArticle(parseFixture(page.file, AHRAM + page.urlPath));
      const expected = page.expected;
      expect(result.kind).toBe(expected.kind);
      if (result.kind !== 'article' || expected.kind !== 'article') return;
      expect(result.path).toBe(expected.path);
      expect(result.title).toBe(expected.title);
      expect(result.byline).toBe(expected.byline);
      expect(result.publishedAt).toBe(expected.publishedAt);
      expect(result.text.startsWith(expected.textStartsWith)).toBe(true);
      expect(result.text.endsWith(expected.textEndsWith)).toBe(true);
      expect(result.wordCount).toBeGreaterThanOrEqual(expected.minWords);
      // Nothing of the page furniture leaks into the body text.
      expect(result.text).not.toMatch(/Short link|Search Keywords|google_ad|Advertisement/);
    });
  }

  it('reads the seed page as exactly the seed article text', () => {
    const result = locateArticle(parseFixture(SEED_PAGE.file, AHRAM + SEED_PAGE.urlPath));
    if (result.kind !== 'article') throw new Error(`expected an article, got: ${result.reason}`);
    // The seed text was scraped with the site's trailing "Short link:" label, which is page
    // furniture, not article text (DESIGN.md, Sites); every gold offset lies before it.
    const seed = readFixture('seed/article.txt').replace(/\nShort link:$/, '');
    expect(result.text).toBe(seed);
    expect(result.lede).toMatch(/^Washington’s direct talks with Hamas/);
    expect(result.elements).toHaveLength(1);
    expect(result.elements[0]?.id).toBe('ContentPlaceHolder1_divContent');
  });
});

describe('locateArticle elsewhere', () => {
  it('uses Readability on a page of another site, and says so', () => {
    const html = readFixture('readability/nytimes-1/source.html');
    const result = locateArticle(
      parseHtml(html, 'https://www.nytimes.com/2017/01/13/world/africa/sudan.html'),
    );
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.path).toBe('readability');
    expect(result.title).toBe('United States to Lift Sudan Sanctions');
    expect(result.publishedAt).toBe('2017-01-13');
  });

  it('calls a page with next to no text not an article, with a reason', () => {
    const doc = parseHtml('<html><body><nav><a href="/">Home</a></nav><p>Welcome.</p></body></html>');
    const result = locateArticle(doc);
    expect(result).toEqual({ kind: 'not-an-article', reason: expect.stringMatching(/No article/) });
  });

  it('does not change the page it reads, on either path', () => {
    for (const doc of [
      parseFixture(SEED_PAGE.file, AHRAM + SEED_PAGE.urlPath),
      parseFixture('readability/medium-2/source.html'),
    ]) {
      const before = doc.documentElement.outerHTML;
      expect(locateArticle(doc).kind).toBe('article');
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
