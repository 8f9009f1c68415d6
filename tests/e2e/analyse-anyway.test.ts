import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_SITE_HOST } from '../../scripts/dev/launch-browser';
import { OTHER_AHRAM_PAGES } from '../fixtures/fixture-pages';
import { copyOfExtension } from './support/copy-of-extension';
import { EXTENSION_DIR, FIXTURES_DIR, Harness, ORIGIN } from './support/harness';

// "Analyse this page anyway": pages that are not Ahram articles are read when the reader asks.

const OTHER_ARTICLE = '/2024/03/world/nytimes-article.html';
const EMPTY_PAGE = '/empty.html';
const SECTION_FRONT = OTHER_AHRAM_PAGES.find((fixture) => fixture.file === 'ahram/section-front.html');

let harness: Harness;
let extensionDir: string;

beforeAll(async () => {
  extensionDir = copyOfExtension(EXTENSION_DIR, { hosts: [`*://${OTHER_SITE_HOST}/*`] });
  harness = await Harness.start({ extensionDir });
  harness.server.route(OTHER_ARTICLE, { file: `${FIXTURES_DIR}readability/nytimes-1/source.html` });
  harness.server.route(EMPTY_PAGE, { html: '<!doctype html><title>Nothing</title><body></body>' });
});

afterAll(async () => {
  await harness?.close();
  rmSync(extensionDir, { recursive: true, force: true });
});

/** The tab id of the newest page (the tests open one page at a time). */
async function tabIdOf(url: string): Promise<number> {
  return harness.browser.serviceWorker.evaluate(async (wanted: string) => {
    const [tab] = await chrome.tabs.query({ url: wanted });
    return tab?.id ?? -1;
  }, url);
}

describe('analyse this page anyway', () => {
  it('on an Ahram page that is not an article: the popup says so, and reads it on request', async () => {
    if (!SECTION_FRONT) throw new Error('no section-front fixture');
    const { page, ourErrors } = await harness.openFixture(SECTION_FRONT);
    const { tabId, report } = await harness.reportFor(ORIGIN + SECTION_FRONT.urlPath);
    expect(report.status).toBe('not-an-article');
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByText(/has no article body/).waitFor();
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await popup.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('heading', { name: 'Actors', level: 2 }).count()).toBe(1);
    await harness.painted(page);
    expect(await page.locator('mark.ahram-lens-actor').count()).toBeGreaterThan(0);
    expect(ourErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('on another site: nothing runs until asked; then the article is found, analysed and painted', async () => {
    const url = `http://${OTHER_SITE_HOST}${OTHER_ARTICLE}`;
    const { page, ourErrors } = await harness.openUrl(url);
    await page.waitForLoadState('load');
    expect(await page.locator('mark').count()).toBe(0);
    const tabId = await tabIdOf(url);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByText(/reads a page only when you ask/).waitFor();
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await popup.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toMatch(/\w/);
    await harness.painted(page);
    const outside = await page.evaluate(
      () =>
        [...document.querySelectorAll('mark.ahram-lens-actor')].filter((mark) =>
          mark.closest('nav, header, footer'),
        ).length,
    );
    expect(outside).toBe(0);
    await harness.screenshot(popup, 'popup-analysed-anyway');
    // The popup opened again shows this reading; nothing is read or painted twice.
    const marks = await page.locator('mark.ahram-lens-actor').count();
    const again = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await again.getByRole('heading', { name: 'Summary', level: 2 }).waitFor();
    expect(await page.locator('mark.ahram-lens-actor').count()).toBe(marks);
    expect(ourErrors).toEqual([]);
    await again.close();
    await popup.close();
    await page.close();
  });

  it('on a page with no text: says so plainly', async () => {
    const url = `http://${OTHER_SITE_HOST}${EMPTY_PAGE}`;
    const { page } = await harness.openUrl(url);
    const popup = await harness.openExtensionPage(`popup.html?tab=${await tabIdOf(url)}`);
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await popup.getByText('This page has no text that Ahram Lens could analyse.').waitFor();
    await popup.close();
    await page.close();
  });
});
