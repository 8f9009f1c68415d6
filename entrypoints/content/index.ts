import { type Browser, browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportOf } from '../../lib/article-report';
import { locateArticle } from '../../lib/locator/locate-article';
import { type Message, parseTabMessage } from '../../lib/messages';
import { parseSettings } from '../../lib/settings';
import { askBackground } from '../../utils/ask-background';
import { ArticleSession } from './article-session';
import { createCardHost } from './card-host';
import { attachHoverCards } from './hover-cards';
import { answerTabMessage } from './tab-messages';

// Runs on every Ahram page: find the article, tell the background what was found, have it
// analysed (the engine lives in the background), paint the actors and claims, and open cards on
// hover or Enter. On a page that is not an article it reports that and does nothing else.
export default defineContentScript({
  matches: ['*://*.ahram.org.eg/*'],
  // As soon as the document is parsed: the article is there, and the reader should not wait for images.
  runAt: 'document_end',
  async main() {
    const started = performance.now();
    try {
      const result = locateArticle(document, location.href);
      const message: Message = {
        type: 'article-located',
        report: reportOf(result, location.href, performance.now() - started),
      };
      browser.runtime.sendMessage(message).catch(warn);
      if (result.kind !== 'article') return;

      const analysis = await askBackground({
        type: 'analyze-article',
        text: result.text,
        ...(result.title === undefined ? {} : { title: result.title }),
        ...(result.publishedAt === undefined ? {} : { publishedAt: result.publishedAt }),
      });
      const settings = parseSettings(await browser.storage.sync.get(null));
      const session = new ArticleSession(result, analysis, settings);
      await session.paint();
      const cards = attachHoverCards(document, analysis, result.text, createCardHost(document), {
        delayMs: () => session.hoverDelayMs,
      });
      browser.storage.onChanged.addListener((_changes, area) => {
        if (area !== 'sync') return;
        browser.storage.sync
          .get(null)
          .then((stored) => session.applySettings(parseSettings(stored)))
          .catch(warn);
      });
      browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
        const message = parseTabMessage(raw);
        // Only our own extension talks to us; web pages cannot reach runtime messages at all.
        if (!message || sender.id !== browser.runtime.id) return undefined;
        return answerTabMessage(message, result, session, cards);
      });
    } catch (error) {
      // Never let our failure become the page's: no uncaught error in its console.
      warn(error);
    }
  },
});

function warn(error: unknown): void {
  console.warn('[Ahram Lens]', error);
}
