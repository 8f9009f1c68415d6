import type { LocatedArticle } from '../../lib/locator/located-article';
import type { ArticleView, TabMessage } from '../../lib/messages';
import type { ArticleSession } from './article-session';
import { type HoverCards, mentionMark, reveal } from './hover-cards';

/** What the popup shows of this article: the analysis the content script holds, and the notes. */
export function articleViewOf(
  article: LocatedArticle,
  session: ArticleSession,
  notes: ArticleView['notes'],
): ArticleView {
  return {
    text: article.text,
    analysis: session.analysis,
    notes,
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.byline === undefined ? {} : { byline: article.byline }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
  };
}

/**
 * What the content script answers the popup and the background: the analysis it already holds
 * (the popup never re-analyses), scrolling to a passage or an actor, the highlight toggle.
 */
export async function answerTabMessage(
  message: TabMessage,
  article: LocatedArticle,
  session: ArticleSession,
  cards: HoverCards,
  notes: ArticleView['notes'] = [],
): Promise<ArticleView | null> {
  switch (message.type) {
    case 'analyse-anyway': // the page reader reads the page first, then asks for the view
    case 'get-article-view':
      return articleViewOf(article, session, notes);
    case 'toggle-highlights':
      await session.toggle();
      return null;
    case 'reveal-span': {
      const element = session.elementAt(message.start);
      if (element) reveal(element);
      return null;
    }
    case 'reveal-actor': {
      const mark = mentionMark(document, message.actorId, 0);
      if (mark) {
        reveal(mark);
        cards.open(mark);
      }
      return null;
    }
  }
}
