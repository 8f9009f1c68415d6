import { browser } from 'wxt/browser';
import { isAhramHost } from '../../lib/locator/ahram-selectors';
import type { ArticleReport, ArticleView, TabMessage } from '../../lib/messages';
import { TabRecords } from '../../lib/tab-records';
import { askBackground } from '../../utils/ask-background';

/** What the popup shows for its tab. */
export type PopupState =
  | { kind: 'view'; tabId: number; view: ArticleView }
  | { kind: 'not-an-article'; tabId: number; reason: string }
  /** No content script answers: an Ahram tab opened before the extension was installed (reload it),
   * or another site, which Ahram Lens reads only when asked. */
  | { kind: 'unreachable'; tabId?: number; onAhram: boolean }
  | { kind: 'failed'; tabId?: number; message: string };

/** The content script's file, as WXT names it in the build. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The tab the popup was opened on; `?tab=<id>` names another (for tests that drive the popup as a page of its own). */
export async function popupTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function sendToTab<T>(tabId: number, message: TabMessage): Promise<T> {
  return browser.tabs.sendMessage(tabId, message) as Promise<T>;
}

/**
 * Reads the analysis the tab's content script already holds: nothing is analysed again. First the
 * view it published (session storage, read at once), else from the tab itself (a reading still
 * under way is finished first).
 */
export async function loadPopupState(tabId: number | undefined): Promise<PopupState> {
  if (tabId === undefined) return { kind: 'unreachable', onAhram: false };
  const published = await new TabRecords(browser.storage.session, 'tab-view').load(tabId).catch(() => null);
  if (published) return { kind: 'view', tabId, view: published };
  // Both asked at once, and the view taken as soon as it comes: the report only matters without one.
  const report = askBackground({ type: 'get-tab-report', tabId }).catch((): ArticleReport | null => null);
  const view = await sendToTab<ArticleView | null>(tabId, { type: 'get-article-view' }).catch(() => null);
  if (view) return { kind: 'view', tabId, view };
  const stored = await report;
  if (stored?.status === 'not-an-article') return { kind: 'not-an-article', tabId, reason: stored.reason };
  return { kind: 'unreachable', tabId, onAhram: await isAhramTab(tabId) };
}

/**
 * "Analyse this page anyway": asks the tab's content script to read the page although it is not an
 * article; where there is none (another site), injects it first. The toolbar click that opened the
 * popup granted `activeTab`, which is all the access this needs: Ahram Lens asks for no host
 * permission beyond Ahram's own pages.
 */
export async function analyseAnyway(tabId: number): Promise<PopupState> {
  const ask = () => sendToTab<ArticleView | null>(tabId, { type: 'analyse-anyway' });
  try {
    let view = await ask().catch(() => undefined);
    if (view === undefined) {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      view = await ask();
    }
    return view
      ? { kind: 'view', tabId, view }
      : { kind: 'failed', tabId, message: 'This page has no text that Ahram Lens could analyse.' };
  } catch (error) {
    return {
      kind: 'failed',
      tabId,
      message: `Ahram Lens cannot read this page: ${error instanceof Error ? error.message : String(error)} (browser pages and extension stores are closed to extensions).`,
    };
  }
}

/** Whether the tab shows an Ahram page; false when its address is not ours to see. */
async function isAhramTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url) return false;
  try {
    return isAhramHost(new URL(tab.url).hostname);
  } catch {
    return false;
  }
}
