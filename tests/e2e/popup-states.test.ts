import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../fixtures/fixture-pages';
import { copyOfExtension } from './support/copy-of-extension';
import { EXTENSION_DIR, Harness, ORIGIN } from './support/harness';

// The popup on an Ahram tab that no content script reaches: a tab opened before the extension was
// installed (or updated). Played by a copy of the build without its content script.

let harness: Harness;
let extensionDir: string;

beforeAll(async () => {
  extensionDir = copyOfExtension(EXTENSION_DIR, { withoutContentScripts: true });
  harness = await Harness.start({ extensionDir });
});

afterAll(async () => {
  await harness?.close();
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('the popup on a tab Ahram Lens has not read', () => {
  it('says why and offers to reload the page, which it does', async () => {
    const url = ORIGIN + SEED_PAGE.urlPath;
    const { page } = await harness.openUrl(url);
    const tabId = await harness.browser.serviceWorker.evaluate(async (wanted: string) => {
      const [tab] = await chrome.tabs.query({ url: wanted });
      return tab?.id ?? -1;
    }, url);
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByText(/has not read this page yet/).waitFor();
    expect(await page.locator('mark').count()).toBe(0);
    await popup.getByRole('button', { name: 'Reload the page' }).click();
    await expect
      .poll(() => page.evaluate(() => performance.timeOrigin).catch(() => loadedAt), { timeout: 10_000 })
      .toBeGreaterThan(loadedAt);
    await page.close();
  });
});
