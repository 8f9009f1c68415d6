import { browser } from 'wxt/browser';
import { reportOf } from '../../lib/article-report';
import { locateArticle } from '../../lib/locator/locate-article';
import type { LocatedArticle } from '../../lib/locator/located-article';
import type { ArticleView, Message, TabMessage } from '../../lib/messages';
import { parseSettings } from '../../lib/settings';
import { askBackground } from '../../utils/ask-background';
import { ArticleSession } from './article-session';
import { type CardHost, createCardHost } from './card-host';
import { attachHoverCards, type HoverCards } from './hover-cards';
import { answerTabMessage } from './tab-messages';

interface Reading {
  article: LocatedArticle;
  session: ArticleSession;
  cards: HoverCards;
}

/**
 * Reads the page's article and keeps the reading current: locate, report to the background, have
 * it analysed, paint, cards. Reading again (new paragraphs, another article in the same tab)
 * replaces the previous reading whole, so marks are never doubled.
 */
export class PageReader {
  private reading: Reading | null = null;
  private host: CardHost | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly doc: Document) {}

  /** The article text now on the page, or null when there is none. */
  currentText(): string | null {
    return this.reading?.article.text ?? null;
  }

  read(): Promise<void> {
    this.queue = this.queue.then(
      () => this.readNow(),
      () => this.readNow(),
    );
    return this.queue;
  }

  answer(message: TabMessage): Promise<ArticleView | null> {
    const reading = this.reading;
    if (!reading) return Promise.resolve(null);
    return answerTabMessage(message, reading.article, reading.session, reading.cards);
  }

  async applyStoredSettings(): Promise<void> {
    const settings = parseSettings(await browser.storage.sync.get(null));
    await this.reading?.session.applySettings(settings);
  }

  private async readNow(): Promise<void> {
    const started = performance.now();
    const url = this.doc.location?.href ?? '';
    const result = locateArticle(this.doc, url);
    const message: Message = {
      type: 'article-located',
      report: reportOf(result, url, performance.now() - started),
    };
    void browser.runtime.sendMessage(message).catch(() => {});
    if (result.kind !== 'article') {
      await this.dispose();
      return;
    }
    if (this.reading && this.reading.article.text === result.text) return;
    const analysis = await askBackground({
      type: 'analyze-article',
      text: result.text,
      ...(result.title === undefined ? {} : { title: result.title }),
      ...(result.publishedAt === undefined ? {} : { publishedAt: result.publishedAt }),
    });
    await this.dispose();
    // The page as it is now: the previous reading's marks are gone, so locate once more.
    const fresh = locateArticle(this.doc, url);
    const article = fresh.kind === 'article' && fresh.text === result.text ? fresh : result;
    const session = new ArticleSession(
      article,
      analysis,
      parseSettings(await browser.storage.sync.get(null)),
    );
    await session.paint();
    this.host ??= createCardHost(this.doc);
    const cards = attachHoverCards(this.doc, analysis, article.text, this.host, {
      delayMs: () => session.hoverDelayMs,
    });
    this.reading = { article, session, cards };
  }

  private async dispose(): Promise<void> {
    const reading = this.reading;
    this.reading = null;
    if (!reading) return;
    reading.cards.detach();
    await reading.session.dispose();
  }
}
