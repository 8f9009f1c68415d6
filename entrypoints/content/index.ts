import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportOf } from '../../lib/article-report';
import { locateArticle } from '../../lib/locator/locate-article';
import type { Message } from '../../lib/messages';

// Runs on every Ahram page: find the article, tell the background what was found. On a page that
// is not an article it reports that and does nothing else.
export default defineContentScript({
  matches: ['*://*.ahram.org.eg/*'],
  runAt: 'document_idle',
  main() {
    const started = performance.now();
    try {
      const result = locateArticle(document, location.href);
      const message: Message = {
        type: 'article-located',
        report: reportOf(result, location.href, performance.now() - started),
      };
      browser.runtime.sendMessage(message).catch(warn);
    } catch (error) {
      // Never let our failure become the page's: no uncaught error in its console.
      warn(error);
    }
  },
});

function warn(error: unknown): void {
  console.warn('[Ahram Lens]', error);
}
