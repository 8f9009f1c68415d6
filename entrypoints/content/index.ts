import { type Browser, browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type Message, parseTabMessage } from '../../lib/messages';
import { PageReader } from './page-reader';
import { watchPage } from './watch-page';

// Runs on every Ahram page: find the article, tell the background what was found, have it
// analysed (the engine lives in the background), paint the actors and claims, and open cards on
// hover or Enter; read again when the article changes in place. On a page that is not an article
// it reports that and does nothing else.
export default defineContentScript({
  matches: ['*://*.ahram.org.eg/*'],
  // Loaded while the page is still parsing, so that loading and compiling this script is done by
  // the time the article is there (DOMContentLoaded); the reader need not wait for images either.
  runAt: 'document_start',
  async main() {
    // "Analyse this page anyway" may inject this script into a page that already runs it.
    const loaded = globalThis as { ahramLensLoaded?: boolean };
    if (loaded.ahramLensLoaded) return;
    loaded.ahramLensLoaded = true;
    // Wake the background now: it loads and builds the engine while the page is still parsing, not
    // after the article is found (a background asleep took some 100 ms more to answer).
    const prepared: Message = { type: 'prepare-engine' };
    browser.runtime.sendMessage(prepared).catch(warn);
    await parsed(document);
    // On a very long page, give the parser's last task back before reading it: the two together
    // would hold the page's main thread longer than either alone.
    if ((document.body?.textContent?.length ?? 0) > LONG_PAGE_CHARACTERS) await nextTask();
    performance.mark('ahram-lens:start');
    const reader = new PageReader(document);
    browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
      const message = parseTabMessage(raw);
      // Only our own extension talks to us; web pages cannot reach runtime messages at all.
      if (!message || sender.id !== browser.runtime.id) return undefined;
      return reader.answer(message);
    });
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'sync') reader.applyStoredSettings().catch(warn);
    });
    // Watch from the start: the page may change while the first reading is still under way.
    watchPage(document, () => {
      // Our own marks change the DOM but never the text: only a different text is read again.
      const located = reader.locate();
      const text = located.kind === 'article' ? located.text : null;
      if (text !== reader.currentText()) reader.read().catch(warn);
    });
    // Never let our failure become the page's: no uncaught error in its console.
    await reader.read().catch(warn);
  },
});

/** Beyond this much text (some 20,000 words) a page is read in a task of its own. */
const LONG_PAGE_CHARACTERS = 120_000;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the whole document has been parsed (at once if it already has). */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function warn(error: unknown): void {
  console.warn('[Ahram Lens]', error);
}
