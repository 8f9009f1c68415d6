import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../fixtures/fixture-pages';
import { Harness, ORIGIN } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

const PASSAGE = 'Tel Aviv has been incensed by news leaks';
const NOTE = 'Compare with the Axios report of the same week.';

/** Selects `passage` in the article body as a reader's drag would, and releases the mouse. */
async function select(page: Page, passage: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector('#ContentPlaceHolder1_divContent') as Element;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const at = text.indexOf(wanted);
    const locate = (offset: number) => {
      const entry = [...nodes].reverse().find((candidate) => candidate.start <= offset) as {
        node: Text;
        start: number;
      };
      return { node: entry.node, offset: offset - entry.start };
    };
    const from = locate(at);
    const to = locate(at + wanted.length);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    from.node.parentElement?.scrollIntoView({ block: 'center' });
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, passage);
}

describe('notes', () => {
  it('are written through the page: select, "Add note", type, "Save note"; painted on the passage', async () => {
    const { page, ourErrors } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    await select(page, PASSAGE);
    const ui = page.locator('ahram-lens-note-ui');
    await expect.poll(() => ui.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    const box = await ui.boundingBox();
    if (!box) throw new Error('no "Add note" button');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('leaks, Israel');
    // Past the colour choice (one stop for the radio group) to "Save note".
    for (let step = 0; step < 2; step += 1) await page.keyboard.press('Tab');
    await harness.screenshot(page, 'note-editor');
    await page.keyboard.press('Enter');
    await page.waitForSelector('mark.ahram-lens-note', { state: 'attached', timeout: 10_000 });
    await harness.painted(page);
    const marked = await page.locator('mark.ahram-lens-note').allTextContents();
    expect(marked.join('').replace(/\s+/g, ' ')).toBe(PASSAGE);
    expect(ourErrors).toEqual([]);
    await page.close();
  });

  it('come back in place after a reload and after a browser restart, and never enter the page', async () => {
    for (const restart of [false, true]) {
      if (restart) await harness.restart();
      const { page } = await harness.openFixture(SEED_PAGE);
      await page.waitForSelector('mark.ahram-lens-note', { state: 'attached', timeout: 15_000 });
      await harness.painted(page);
      expect(
        (await page.locator('mark.ahram-lens-note').allTextContents()).join('').replace(/\s+/g, ' '),
      ).toBe(PASSAGE);
      // The note's words are nowhere in the page, and the page's origin holds no database of ours.
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(NOTE);
      const databases = await page.evaluate(async () =>
        (await indexedDB.databases()).map((database) => database.name),
      );
      expect(databases).not.toContain('ahram-lens');
      await page.close();
    }
  });

  it('are listed in the popup with their passage', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    await page.waitForSelector('mark.ahram-lens-note', { state: 'attached', timeout: 15_000 });
    await harness.painted(page);
    const { tabId } = await harness.reportFor(ORIGIN + SEED_PAGE.urlPath);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    const notes = popup.locator('.notes li');
    await notes.first().waitFor();
    expect(await notes.count()).toBe(1);
    expect(await notes.first().textContent()).toContain(NOTE);
    expect(await notes.first().textContent()).toContain(PASSAGE);
    expect(await notes.first().textContent()).toContain('#leaks #Israel');
    await popup.close();
    await page.close();
  });
});
