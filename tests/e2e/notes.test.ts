import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAGE, SEED_PAGE } from '../fixtures/fixture-pages';
import { accessibleText, clickByRole } from './support/closed-shadow';
import { FIXTURES_DIR, Harness, ORIGIN } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

const PASSAGE = 'Tel Aviv has been incensed by news leaks';
const NOTE = 'Compare with the Axios report of the same week.';
const EDITED = 'Axios had it first, on 5 March.';
const ON_HAMAS = 'Check who speaks for the political bureau now.';
const ON_CLAIM = 'Sourced to unnamed reports only.';

/** Opens the card of the first mark matching `selector` from the keyboard, as a reader would. */
async function openCard(page: Page, selector: string): Promise<void> {
  const mark = page.locator(selector).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.focus();
  await page.keyboard.press('Enter');
}

/** Waits until the accessibility tree (closed card included) says `expected`. */
async function cardSays(page: Page, expected: string | RegExp): Promise<void> {
  await expect.poll(() => accessibleText(page), { timeout: 5_000 }).toMatch(expected);
}

/** Replaces the words of the editor's note field with `body` and saves. */
async function rewriteAndSave(page: Page, body: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(body);
  await clickByRole(page, 'button', 'Save note');
}

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
    // The popup, opened now on the same page, lists the new note: the view it reads was renewed.
    const { tabId } = await harness.reportFor(ORIGIN + SEED_PAGE.urlPath);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('.notes li', { hasText: NOTE }).waitFor({ timeout: 5_000 });
    await popup.close();
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

  it('open from their highlight, to be edited, or deleted with an undo', async () => {
    const { page, ourErrors } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    await openCard(page, 'mark.ahram-lens-note');
    await cardSays(page, /dialog:Your note/);
    expect(await accessibleText(page)).toContain(NOTE);
    await clickByRole(page, 'button', 'Edit');
    await cardSays(page, /dialog:Edit note/);
    await rewriteAndSave(page, EDITED);
    await cardSays(page, new RegExp(EDITED));
    expect(await accessibleText(page)).not.toContain(NOTE);

    await clickByRole(page, 'button', 'Delete note');
    await page.waitForSelector('mark.ahram-lens-note', { state: 'detached', timeout: 5_000 });
    await cardSays(page, /Note deleted\./);
    await clickByRole(page, 'button', 'Undo');
    await page.waitForSelector('mark.ahram-lens-note', { state: 'attached', timeout: 5_000 });
    expect((await page.locator('mark.ahram-lens-note').allTextContents()).join('').replace(/\s+/g, ' ')).toBe(
      PASSAGE,
    );

    // What was saved is what comes back.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('mark.ahram-lens-note', { state: 'attached', timeout: 10_000 });
    await harness.painted(page);
    await openCard(page, 'mark.ahram-lens-note');
    await cardSays(page, new RegExp(EDITED));
    expect(ourErrors).toEqual([]);
    await page.close();
  });

  it('on an actor: written from its card, shown in its card on every article, with the reading history', async () => {
    const { page, ourErrors } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    await openCard(page, 'mark[data-actor-id="hamas"]');
    await cardSays(page, /dialog:Hamas/);
    await clickByRole(page, 'button', 'Add note');
    await cardSays(page, /dialog:Note on Hamas/);
    await page.keyboard.type(ON_HAMAS);
    await clickByRole(page, 'button', 'Save note');
    await cardSays(page, /dialog:Hamas/);
    expect(await accessibleText(page)).toContain(ON_HAMAS);
    await harness.screenshot(page, 'card-hamas-with-note');
    await page.close();

    const other = await harness.openFixture(HOSTILE_PAGE);
    await harness.painted(other.page);
    await openCard(other.page, 'mark[data-actor-id="hamas"]');
    await cardSays(other.page, new RegExp(ON_HAMAS));
    await cardSays(other.page, /Also in [1-9]\d* other articles? you read/);
    expect([...ourErrors, ...other.ourErrors]).toEqual([]);
    await other.page.close();
  });

  it('on a claim: written from its card, painted on the claim, which stays one step away', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    // A stretch of a claim with no name in it, so the pointer means the claim.
    const index = await page.evaluate(() => {
      const plain = [...document.querySelectorAll<HTMLElement>('mark.ahram-lens-claim')].find(
        (mark) =>
          !mark.querySelector('mark') &&
          !mark.closest('mark.ahram-lens-note') &&
          (mark.textContent ?? '').length > 30,
      );
      plain?.setAttribute('data-test-target', '');
      return plain?.dataset.claimIndex;
    });
    expect(index).toBeDefined();
    const target = page.locator('[data-test-target]');
    await target.scrollIntoViewIfNeeded();
    await target.hover();
    await cardSays(page, /button:Add note/);
    await clickByRole(page, 'button', 'Add note');
    await cardSays(page, /dialog:Note on this claim/);
    await page.keyboard.type(ON_CLAIM);
    await clickByRole(page, 'button', 'Save note');
    await cardSays(page, new RegExp(ON_CLAIM));
    const claimNote = page.locator(
      `mark.ahram-lens-note:has(mark.ahram-lens-claim[data-claim-index="${index}"])`,
    );
    expect(await claimNote.count()).toBeGreaterThan(0);
    await page.close();
  });

  it('still anchor when the article text changes, and a removed passage is kept and flagged', async () => {
    const original = readFileSync(FIXTURES_DIR + SEED_PAGE.file, 'utf8');
    const paragraph = '<p>\n\tTel Aviv has been incensed';
    expect(original).toContain(paragraph);
    const edits: Record<string, string> = {
      'a paragraph inserted before': original.replace(
        paragraph,
        `<p>Editor's note: this article was updated on 14 March with reactions from Cairo.</p>\n${paragraph}`,
      ),
      'words changed on both sides': original
        .replace('Nevertheless, Israeli Prime Minister', 'Even so, Prime Minister')
        .replace('saying that the talks', 'claiming that the direct talks'),
      'white space changed': original.replace(
        'Tel Aviv has been incensed by',
        'Tel   Aviv\n  has been\tincensed   by',
      ),
    };
    try {
      for (const [edit, html] of Object.entries(edits)) {
        harness.server.route(SEED_PAGE.urlPath, { html });
        const { page } = await harness.openFixture(SEED_PAGE);
        await harness.painted(page);
        const marked = (await page.locator('mark.ahram-lens-note').allTextContents())
          .join('')
          .replace(/\s+/g, ' ');
        expect(marked, edit).toContain(PASSAGE);
        await page.close();
      }
      harness.server.route(SEED_PAGE.urlPath, {
        html: original.replace(/<p>\n\tTel Aviv has been incensed[\s\S]*?<\/p>/, ''),
      });
      const { page } = await harness.openFixture(SEED_PAGE);
      await harness.painted(page);
      expect(await page.evaluate(() => document.body.textContent?.includes('incensed'))).toBe(false);
      const painted = await page.locator('mark.ahram-lens-note').allTextContents();
      expect(painted.join(' ')).not.toContain('Tel Aviv has been');
      const { tabId } = await harness.reportFor(ORIGIN + SEED_PAGE.urlPath);
      const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
      const orphan = popup.locator('.notes li', { hasText: EDITED });
      await orphan.waitFor();
      expect(await orphan.textContent()).toContain('Not found on this page');
      await popup.close();
      await page.close();
    } finally {
      harness.server.route(SEED_PAGE.urlPath, { file: FIXTURES_DIR + SEED_PAGE.file });
    }
  });
});
