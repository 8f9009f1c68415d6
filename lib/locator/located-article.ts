import type { TextModel } from '../text-model/text-model';

/**
 * Which way the article was found: the site's own markup, Readability's guess on any page, or the
 * page's main text taken whole because the reader asked for it.
 */
export type LocatorPath = 'ahram-online' | 'readability' | 'whole-page';

export interface ArticleMetadata {
  title?: string;
  lede?: string;
  byline?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
}

export interface LocatedArticle extends ArticleMetadata {
  kind: 'article';
  path: LocatorPath;
  /** The page elements that hold the article text, in document order. */
  elements: Element[];
  /** The article body as text (title and lede aside), mapped to the page by `textModel`. */
  text: string;
  textModel: TextModel;
  wordCount: number;
}

export interface NotAnArticle {
  kind: 'not-an-article';
  /** Said to the reader, so it is a plain sentence. */
  reason: string;
}

export type LocatorResult = LocatedArticle | NotAnArticle;

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}
