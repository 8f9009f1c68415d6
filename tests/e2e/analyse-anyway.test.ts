import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_SITE_HOST } from '../../scripts/dev/launch-browser';
import { OTHER_AHRAM_PAGES } from '../fixtures/fixture-pages';
import { FIXTURES_DIR, Harness, ORIGIN } from './support/harness';
import { ToolbarPopup } from './support/toolbar-popup';

// "Analyse this page anyway": pages that are not Ahram articles are read when the reader asks. The
// extension as built, opened from its toolbar button: the click grants `activeTab` for the tab, the
// only access it has to a site other than Ahram's.

const OTHER_ARTICLE = '/2024/03/world/nytimes-article.html';
const EMPTY_PAGE = '/empty.html';
const SHORT_PAGE = '/short.html';
const SECTION_FRONT = OTHER_AHRAM_PAGES.find((fixture) => fixture.file === 'ahram/section-front.html');

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start({ toolbarClicks: true });
  harness.server.route(OTHER_ARTICLE, { file: `${FIXTURES_DIR}readability/nytimes-1/source.html` });
  harness.server.route(EMPTY_PAGE, { html: '<!doctype html><title>Nothing</title><body></body>' });
  harness.server.route(SHORT_PAGE, {
    html: '<!doctype html><title>A note</title><body><p>A quiet green garden.</p></body>',
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('analyse this page anyway', () => {
  it('on an Ahram page that is not an article: the popup says so, and reads it on request', async () => {
    if (!SECTION_FRONT) throw new Error('no section-front fixture');
    const { page, ourErrors } = await harness.openFixture(SECTION_FRONT);
    const { report } = await harness.reportFor(ORIGIN + SECTION_FRONT.urlPath);
    expect(report.status).toBe('not-an-article');
    const popup = await ToolbarPopup.open(harness, page);
    await popup.waitFor(`document.body.innerText.includes('has no article body')`);
    await popup.clickButton('Analyse this page anyway');
    await popup.waitForHeading('Summary', 15_000);
    expect(await popup.text()).toMatch(/Actors/i);
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
    const popup = await ToolbarPopup.open(harness, page);
    await popup.waitFor(`document.body.innerText.includes('reads a page only when you ask')`);
    await popup.clickButton('Analyse this page anyway');
    await popup.waitForHeading('Summary', 15_000);
    expect(await popup.evaluate<string>(`document.querySelector('h1')?.textContent ?? ''`)).toMatch(/\w/);
    await harness.painted(page);
    const outside = await page.evaluate(
      () =>
        [...document.querySelectorAll('mark.ahram-lens-actor')].filter((mark) =>
          mark.closest('nav, header, footer'),
        ).length,
    );
    expect(outside).toBe(0);
    await popup.screenshot('popup-analysed-anyway');
    await popup.close();
    // The popup opened again shows this reading; nothing is read or painted twice.
    const marks = await page.locator('mark.ahram-lens-actor').count();
    const again = await ToolbarPopup.open(harness, page);
    await again.waitForHeading('Summary');
    expect(await page.locator('mark.ahram-lens-actor').count()).toBe(marks);
    expect(ourErrors).toEqual([]);
    await again.close();
    await page.close();
  });

  it('on a page with no text: says so plainly', async () => {
    const url = `http://${OTHER_SITE_HOST}${EMPTY_PAGE}`;
    const { page } = await harness.openUrl(url);
    const popup = await ToolbarPopup.open(harness, page);
    await popup.clickButton('Analyse this page anyway');
    await popup.waitFor(
      `document.body.innerText.includes('This page has no text that Ahram Lens could analyse.')`,
    );
    await popup.close();
    await page.close();
  });

  it('on a very short page: every empty section says so in a sentence', async () => {
    const { page } = await harness.openUrl(`http://${OTHER_SITE_HOST}${SHORT_PAGE}`);
    const popup = await ToolbarPopup.open(harness, page);
    await popup.clickButton('Analyse this page anyway');
    await popup.waitForHeading('Summary', 15_000);
    const text = await popup.text();
    for (const sentence of [
      'This article is too short to summarise.',
      'The article mentions no dates.',
      'No people, organisations or states were found.',
      'No attributed or hedged statements were found.',
      'No notes on this article yet',
    ]) {
      expect(text).toContain(sentence);
    }
    await popup.close();
    await page.close();
  });
});
