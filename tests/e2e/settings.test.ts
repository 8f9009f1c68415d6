import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAGE, SEED_PAGE } from '../fixtures/fixture-pages';
import { Harness, ORIGIN } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

afterEach(async () => {
  await harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.clear());
});

const count = (page: Page, selector: string) => page.locator(selector).count();

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The toggle as the background sends it to the tab; the key press itself is tests/e2e/shortcut.test.ts.
describe('the highlight toggle', () => {
  it('removes every highlight and brings them back, never touching the page’s own <mark>', async () => {
    const { page } = await harness.openFixture(HOSTILE_PAGE);
    await harness.painted(page);
    const { tabId } = await harness.reportFor(ORIGIN + HOSTILE_PAGE.urlPath);
    const actors = await count(page, 'mark.ahram-lens-actor');
    const toggle = () =>
      harness.browser.serviceWorker.evaluate(
        (id: number) => chrome.tabs.sendMessage(id, { type: 'toggle-highlights' }),
        tabId,
      );
    await toggle();
    await until(
      async () => (await count(page, 'mark.ahram-lens-actor, mark.ahram-lens-claim')) === 0,
      'marks are gone',
    );
    expect(await count(page, 'mark.site-highlight')).toBe(1);
    await toggle();
    await until(async () => (await count(page, 'mark.ahram-lens-actor')) === actors, 'marks are back');
    expect(await count(page, 'mark.site-highlight')).toBe(1);
    await page.close();
  });
});

describe('settings', () => {
  it('apply to an open tab without a reload', async () => {
    const { page } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    await harness.browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ underlineClaims: false, highlightPlaces: false }),
    );
    await until(
      async () => (await count(page, 'mark.ahram-lens-claim')) === 0,
      'claims are no longer underlined',
    );
    expect(await count(page, 'mark[data-actor-id="israel"]')).toBe(0);
    expect(await count(page, 'mark[data-actor-id="adam-boehler"]')).toBe(2);
    expect(await count(page, 'mark[data-actor-id="hamas"]')).toBeGreaterThan(10);
    await page.close();
  });

  it('are saved by the options page', async () => {
    const options = await harness.openExtensionPage('options.html');
    const claims = options.getByRole('checkbox', { name: 'Underline claims' });
    await claims.waitFor();
    expect(await claims.isChecked()).toBe(true);
    await claims.uncheck();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const stored = await harness.browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.get('underlineClaims'),
    );
    expect(stored).toEqual({ underlineClaims: false });
    expect(await options.getByText('Alt+Shift+H').count()).toBe(1);
    await harness.screenshot(options, 'options-page');
    await options.close();
  });
});
