import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAGE, REAL_AHRAM_PAGES, SEED_PAGE } from '../fixtures/fixture-pages';
import { accessibleText } from './support/closed-shadow';
import { actorsMarkedAt, requiredSeedMentions } from './support/gold-mentions';
import { Harness } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

describe('highlights on the seed page', () => {
  it('puts every required gold mention inside a mark of the right actor', async () => {
    const { page, ourErrors } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    const mentions = requiredSeedMentions();
    const marked = await actorsMarkedAt(page, mentions);
    const wrong = mentions
      .map((mention, index) => ({ ...mention, marked: marked[index] }))
      .filter((mention) => mention.marked !== mention.actorId);
    expect(wrong).toEqual([]);
    expect(ourErrors).toEqual([]);
    await harness.screenshot(page, 'painted-seed-page');
    await page.close();
  });

  it('underlines the claims and leaves the text exactly as it was', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    const claims = await page
      .locator('mark.ahram-lens-claim')
      .evaluateAll(
        (marks) => [...new Set(marks.map((mark) => (mark as HTMLElement).dataset.claimIndex))].length,
      );
    expect(claims).toBeGreaterThanOrEqual(10);
    const text = await page.evaluate(
      () => document.querySelector('#ContentPlaceHolder1_divContent')?.textContent ?? '',
    );
    expect(text.replace(/\s+/g, ' ')).toContain(
      'According to US Special Envoy for Hostage Affairs Adam Boehler, Hamas negotiators',
    );
    await page.close();
  });

  it('opens Boehler’s card on hover, with his role, and keeps it while the pointer moves onto it', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    const mark = page.locator('mark[data-actor-id="adam-boehler"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForTimeout(600);
    expect(await accessibleText(page)).toMatch(/US Special Envoy for Hostage Affairs/);
    const host = page.locator('ahram-lens-card');
    const box = await host.boundingBox();
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await host.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    await harness.screenshot(page, 'card-boehler');
    await page.keyboard.press('Escape');
    expect(await host.evaluate((element) => getComputedStyle(element).display)).toBe('none');
    await page.close();
  });

  it('opens a card from the keyboard: Enter on a focused mark, Esc closes and returns focus', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    const mark = page.locator('mark[data-actor-id="benjamin-netanyahu"]').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    const tree = await accessibleText(page);
    expect(tree).toMatch(/dialog:Benjamin Netanyahu/);
    expect(tree).toMatch(/Israeli Prime Minister/);
    expect(tree).toMatch(/button:Next mention/);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.actorId)).toBe(
      'benjamin-netanyahu',
    );
    await page.close();
  });
});

describe('highlights on real pages', () => {
  for (const fixture of REAL_AHRAM_PAGES) {
    it(`${fixture.file}: marks only inside the article body`, async () => {
      const { page, ourErrors } = await harness.openFixture(fixture);
      await harness.painted(page);
      const outside = await page.evaluate(
        () =>
          [...document.querySelectorAll('mark.ahram-lens-actor, mark.ahram-lens-claim')].filter(
            (mark) => !mark.closest('#ContentPlaceHolder1_divContent') || mark.closest('.search_word'),
          ).length,
      );
      expect(outside).toBe(0);
      expect(await page.locator('mark.ahram-lens-actor').count()).toBeGreaterThan(0);
      expect(ourErrors).toEqual([]);
      await page.close();
    });
  }
});

describe('a hostile page', () => {
  it('still shows our marks, never touches its own <mark>, and opens cards', async () => {
    const { page, ourErrors } = await harness.openFixture(HOSTILE_PAGE);
    await harness.painted(page);
    const ours = page.locator('mark[data-actor-id="hamas"]').first();
    expect(await ours.evaluate((element) => getComputedStyle(element).display)).toBe('inline');
    expect(await ours.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    const pageMark = page.locator('mark.site-highlight');
    expect(await pageMark.count()).toBe(1);
    expect(await pageMark.evaluate((element) => element.hasAttribute('data-markjs'))).toBe(false);
    await ours.scrollIntoViewIfNeeded();
    await ours.hover();
    await page.waitForTimeout(600);
    expect(await accessibleText(page)).toMatch(/dialog:Hamas/);
    expect(
      await page.locator('ahram-lens-card').evaluate((element) => getComputedStyle(element).display),
    ).toBe('block');
    // The card fits in the viewport and leaves the mark it explains in sight, though a full card
    // has room neither above nor below this mark.
    const card = await page
      .locator('ahram-lens-card')
      .evaluate((element) => element.getBoundingClientRect().toJSON());
    const mark = await ours.evaluate((element) => element.getBoundingClientRect().toJSON());
    const viewport = page.viewportSize();
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(viewport?.height ?? 0);
    expect(card.top >= mark.bottom || card.bottom <= mark.top).toBe(true);
    await harness.screenshot(page, 'hostile-card');
    expect(ourErrors).toEqual([]);
    await page.close();
  });
});
