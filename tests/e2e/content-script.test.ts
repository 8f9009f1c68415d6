import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_AHRAM_PAGES, SEED_PAGE } from '../fixtures/fixture-pages';
import { FIXTURES_DIR, Harness, ORIGIN } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

describe('the content script on Ahram pages, in Chromium with the built extension', () => {
  for (const fixture of ALL_AHRAM_PAGES) {
    it(`${fixture.file}: reports ${fixture.expected.kind} and leaves the page alone`, async () => {
      const { page, ourErrors } = await harness.openFixture(fixture);
      const { report } = await harness.reportFor(ORIGIN + fixture.urlPath);
      const expected = fixture.expected;
      expect(report.status).toBe(expected.kind);
      if (report.status === 'article' && expected.kind === 'article') {
        expect(report.path).toBe(expected.path);
        expect(report.title).toBe(expected.title);
        expect(report.byline).toBe(expected.byline);
        expect(report.publishedAt).toBe(expected.publishedAt);
        expect(
          expected.textStartsWith.startsWith(report.textStart) ||
            report.textStart.startsWith(expected.textStartsWith),
        ).toBe(true);
        expect(report.textEnd.endsWith(expected.textEndsWith.slice(-report.textEnd.length))).toBe(true);
        expect(report.wordCount).toBeGreaterThanOrEqual(expected.minWords);
      }
      expect(ourErrors).toEqual([]);
      await page.close();
    });
  }

  it('reads the seed page to exactly the seed text, as Chromium parses it', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    const { report } = await harness.reportFor(ORIGIN + SEED_PAGE.urlPath);
    const seed = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8').replace(/\nShort link:$/, '');
    if (report.status !== 'article') throw new Error(`expected an article, got ${report.status}`);
    expect(report.textLength).toBe(seed.length);
    expect(report.textStart).toBe(seed.slice(0, report.textStart.length));
    expect(report.textEnd).toBe(seed.slice(-report.textEnd.length));
    // The page's own script still ran and its effects stand.
    expect(
      await page.evaluate(() => (window as unknown as { ahramPageReady?: boolean }).ahramPageReady),
    ).toBe(true);
    expect(await page.textContent('#ReadCount')).toBe('1,204');
    await harness.screenshot(page, 'seed-page');
    await page.close();
  });

  it('shows the located article in the popup', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    const { tabId } = await harness.reportFor(ORIGIN + SEED_PAGE.urlPath);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 300 });
    const heading = popup.getByRole('heading', { name: 'The US and Hamas talk directly' });
    await heading.waitFor();
    expect(await popup.textContent('.meta')).toContain('13 March 2025');
    await harness.screenshot(popup, 'popup-seed');
    await popup.close();
    await page.close();
  });

  it('answers a malformed message with an error and stores nothing', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'article-located', report: { status: 'article', url: 'x' } }),
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/malformed/) });
    await popup.close();
  });
});
