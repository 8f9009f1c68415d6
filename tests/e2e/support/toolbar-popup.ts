import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { type Harness, TEST_OUTPUT_DIR } from './harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface ProtocolReply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string }; data?: string };
  error?: { message?: string };
}

const POLL_MS = 50;

/**
 * The extension's real toolbar popup, opened the way a click on the toolbar button opens it
 * (DevTools protocol Extensions.triggerAction): the browser grants `activeTab` for the tab, as it
 * does for a reader's click. Playwright does not adopt a popup as a Page, so this one is driven
 * through its own DevTools session, with JavaScript expressions.
 */
export class ToolbarPopup {
  private nextId = 1;
  private readonly replies = new Map<number, (reply: ProtocolReply) => void>();

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly targetId: string,
    private readonly sessionId: string,
    /** When the toolbar button was clicked, in ms since the epoch (the popup's timeOrigin is too). */
    readonly clickedAt: number,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as ProtocolReply;
      if (reply.id === undefined) return;
      this.replies.get(reply.id)?.(reply);
      this.replies.delete(reply.id);
    });
  }

  /**
   * Brings `page` to the front and clicks the toolbar button there, as a reader does on the tab
   * they are reading (exactly one tab must show the page's address).
   */
  static async open(harness: Harness, page: Page, timeoutMs = 10_000): Promise<ToolbarPopup> {
    await page.bringToFront();
    const url = page.url();
    const browser = harness.browser.context.browser();
    if (!browser) throw new Error('The test browser has no browser-level DevTools session.');
    const session = await browser.newBrowserCDPSession();
    const tabs = (await targets(session)).filter((target) => target.type === 'tab' && target.url === url);
    if (tabs.length !== 1) throw new Error(`Expected one tab showing ${url}, found ${tabs.length}.`);
    const popupUrl = `chrome-extension://${harness.extensionId}/`;
    const before = new Set((await targets(session)).map((target) => target.targetId));
    const clickedAt = Date.now();
    await session
      .send('Extensions.triggerAction', {
        id: harness.extensionId,
        targetId: (tabs[0] as TargetInfo).targetId,
      })
      .catch((error: unknown) => {
        throw new Error(
          `Could not click the toolbar button (start the harness with toolbarClicks): ${error}`,
        );
      });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const popup = (await targets(session)).find(
        (target) => target.url.startsWith(popupUrl) && !before.has(target.targetId),
      );
      if (popup) {
        const { sessionId } = await session.send('Target.attachToTarget', {
          targetId: popup.targetId,
          flatten: false,
        });
        return new ToolbarPopup(session, popup.targetId, sessionId, clickedAt);
      }
      if (Date.now() > deadline) throw new Error(`No popup opened within ${timeoutMs} ms.`);
      await delay(POLL_MS);
    }
  }

  /** The value of a JavaScript expression in the popup (JSON-serialisable values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result?.exceptionDetails) throw new Error(`Popup: ${result.exceptionDetails.text}`);
    return result?.result?.value as T;
  }

  /**
   * Saves a picture of the popup's document under test-output/ and returns its path. The whole
   * document, at most 800 × 600 as a toolbar popup: a headless browser's popup view is not sized
   * to its content the way a real one is.
   */
  async screenshot(name: string): Promise<string> {
    const [width, height] = await this.evaluate<[number, number]>(
      '[document.documentElement.scrollWidth, document.documentElement.scrollHeight]',
    );
    const result = await this.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width: Math.min(width, 800), height: Math.min(height, 600), scale: 1 },
    });
    mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
    const path = `${TEST_OUTPUT_DIR}${name}.png`;
    writeFileSync(path, Buffer.from(result?.data ?? '', 'base64'));
    return path;
  }

  /** One DevTools command in the popup's own session. */
  private async send(method: string, params: object): Promise<ProtocolReply['result']> {
    const id = this.nextId++;
    const reply = new Promise<ProtocolReply>((resolve) => this.replies.set(id, resolve));
    await this.browserSession.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    if (error) throw new Error(`Popup: ${method}: ${error.message}`);
    return result;
  }

  /** Waits until `expression` is truthy in the popup (an error, e.g. while it loads, counts as not yet). */
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const holds = () => this.evaluate<boolean>(`Boolean(${expression})`).catch(() => false);
    while (!(await holds())) {
      if (Date.now() > deadline) throw new Error(`Popup: still not ${expression} after ${timeoutMs} ms.`);
      await delay(POLL_MS);
    }
  }

  /** Waits for a heading with exactly this text. */
  waitForHeading(text: string, timeoutMs?: number): Promise<void> {
    return this.waitFor(
      `[...document.querySelectorAll('h1, h2, h3')].some((h) => h.textContent.trim() === ${JSON.stringify(text)})`,
      timeoutMs,
    );
  }

  /** The popup's visible text. */
  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** Clicks the button with exactly this text once it is there, as the reader would. */
  async clickButton(name: string): Promise<void> {
    const button = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
    await this.waitFor(button);
    await this.evaluate(`${button}.click()`);
  }

  /** Milliseconds from the popup's navigation start to a performance mark it set. */
  markTime(name: string): Promise<number> {
    return this.evaluate<number>(
      `performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? Number.NaN`,
    );
  }

  /** The popup's navigation start, in ms since the epoch. */
  timeOrigin(): Promise<number> {
    return this.evaluate<number>('performance.timeOrigin');
  }

  async close(): Promise<void> {
    await this.browserSession.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    await this.browserSession.detach().catch(() => {});
  }
}

async function targets(session: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = await session.send('Target.getTargets', {
    filter: [{ type: 'tab' }, { type: 'page' }],
  });
  return targetInfos;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
