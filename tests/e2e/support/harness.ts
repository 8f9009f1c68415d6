import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { ArticleReport } from '../../../lib/messages';
import { type FixtureServer, startFixtureServer } from '../../../scripts/dev/fixture-server';
import { type ExtensionBrowser, launchWithExtension } from '../../../scripts/dev/launch-browser';
import { ALL_AHRAM_PAGES, type FixturePage } from '../../fixtures/fixture-pages';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES_DIR = `${ROOT}tests/fixtures/`;
export const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
export const TEST_OUTPUT_DIR = `${ROOT}test-output/`;
export const ORIGIN = 'http://english.ahram.org.eg';

export interface OpenedPage {
  page: Page;
  /** Errors the page or its console reported that came from us (our extension's scripts or tag). */
  ourErrors: string[];
  /** Every uncaught page error, ours or the page's. */
  pageErrors: string[];
}

/**
 * One Chromium with the built extension and one fixture server per test file: launching is the
 * slow part, so tests share it and open pages in it.
 */
export class Harness {
  private constructor(
    public browser: ExtensionBrowser,
    readonly server: FixtureServer,
    private readonly toolbarClicks: boolean,
  ) {}

  /**
   * `extensionDir`: another build of the extension to load (see copyOfExtension). `toolbarClicks`:
   * let the test click the toolbar button (ToolbarPopup); off unless needed, since the DevTools
   * switch it takes slows the browser a little (bench:page measures without it). `display`: open a
   * browser window on this X display (a VirtualDisplay) instead of running headless.
   */
  static async start({
    extensionDir = EXTENSION_DIR,
    toolbarClicks = false,
    display,
  }: {
    extensionDir?: string;
    toolbarClicks?: boolean;
    display?: string;
  } = {}): Promise<Harness> {
    const server = await startFixtureServer();
    for (const fixture of ALL_AHRAM_PAGES)
      server.route(fixture.urlPath, { file: FIXTURES_DIR + fixture.file });
    const browser = await launchWithExtension({
      extensionDir,
      fixturePort: server.port,
      headless: display === undefined,
      toolbarClicks,
      ...(display === undefined ? {} : { display }),
    });
    return new Harness(browser, server, toolbarClicks);
  }

  get extensionId(): string {
    return this.browser.extensionId;
  }

  async openFixture(fixture: FixturePage): Promise<OpenedPage> {
    return this.openUrl(ORIGIN + fixture.urlPath);
  }

  async openUrl(url: string): Promise<OpenedPage> {
    const page = await this.browser.context.newPage();
    const opened: OpenedPage = { page, ourErrors: [], pageErrors: [] };
    page.on('pageerror', (error) => {
      opened.pageErrors.push(error.message);
      if (isOurs(error.stack ?? error.message)) opened.ourErrors.push(error.message);
    });
    page.on('console', (message: ConsoleMessage) => {
      const where = message.location().url;
      if (
        (message.type() === 'error' || message.type() === 'warning') &&
        isOurs(`${where} ${message.text()}`)
      ) {
        opened.ourErrors.push(message.text());
      }
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return opened;
  }

  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${path}`);
    return page;
  }

  /** The report the content script sent for the page at `url`, as the background stored it. */
  async reportFor(url: string, timeoutMs = 10_000): Promise<{ tabId: number; report: ArticleReport }> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = await this.browser.serviceWorker.evaluate(async (pageUrl: string) => {
        const all = await chrome.storage.session.get(null);
        for (const [key, value] of Object.entries(all)) {
          if ((value as { url?: string }).url === pageUrl) return { key, value };
        }
        return null;
      }, url);
      if (found) return { tabId: Number(found.key.split(':')[1]), report: found.value as ArticleReport };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No article report arrived for ${url} within ${timeoutMs} ms.`);
  }

  /** Waits until our highlights are on the page and painting has finished (it runs in slices). */
  async painted(page: Page, timeoutMs = 15_000): Promise<void> {
    await page.waitForSelector('mark.ahram-lens-actor', { state: 'attached', timeout: timeoutMs });
    let last = -1;
    for (let same = 0; same < 3; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = await page
        .locator('mark.ahram-lens-actor, mark.ahram-lens-claim, mark.ahram-lens-note')
        .count();
      same = now === last ? same + 1 : 0;
      last = now;
    }
  }

  /** Saves a screenshot under test-output/ and returns its path. */
  async screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
    const path = `${TEST_OUTPUT_DIR}${name}.png`;
    await page.screenshot({ path });
    return path;
  }

  /** Closes the browser and starts it again on the same profile, as a reader's restart does. */
  async restart(): Promise<void> {
    await this.browser.context.close();
    this.browser = await launchWithExtension({
      extensionDir: EXTENSION_DIR,
      fixturePort: this.server.port,
      headless: true,
      toolbarClicks: this.toolbarClicks,
      profileDir: this.browser.profileDir,
    });
  }

  async close(): Promise<void> {
    await this.browser.context.close();
    await this.server.close();
    rmSync(this.browser.profileDir, { recursive: true, force: true });
  }
}

function isOurs(text: string): boolean {
  return text.includes('chrome-extension://') || text.includes('[Ahram Lens]');
}
