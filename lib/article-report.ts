import type { LocatorResult } from './locator/located-article';
import type { ArticleReport } from './messages';

const GLANCE_LENGTH = 80;

/** The part of a locator result worth sending across: no DOM, no full text. */
export function reportOf(result: LocatorResult, url: string, locatedInMs: number): ArticleReport {
  if (result.kind === 'not-an-article') {
    return { status: 'not-an-article', url, reason: result.reason, locatedInMs };
  }
  const { text } = result;
  return {
    status: 'article',
    url,
    path: result.path,
    ...(result.title === undefined ? {} : { title: result.title }),
    ...(result.byline === undefined ? {} : { byline: result.byline }),
    ...(result.publishedAt === undefined ? {} : { publishedAt: result.publishedAt }),
    wordCount: result.wordCount,
    textLength: text.length,
    textStart: text.slice(0, GLANCE_LENGTH),
    textEnd: text.slice(-GLANCE_LENGTH),
    locatedInMs,
  };
}
