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

/**
 * Words in `text`: runs of letters and digits (with inner apostrophes and hyphens). Counted by
 * character codes rather than by a regex match, which would build an array of every word of a
 * 50,000-word page only to take its length; `atMost` stops early when a threshold is all we need.
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length && words < atMost; index += 1) {
    const code = text.charCodeAt(index);
    if (isLetterOrDigit(code, text, index)) {
      if (!inWord) words += 1;
      inWord = true;
      // A letter outside the basic plane takes two code units: skip the second.
      if (code >= 0xd800 && code <= 0xdbff) index += 1;
    } else {
      // An apostrophe or hyphen continues a word it is inside of; anything else ends it.
      inWord = inWord && (code === 0x27 || code === 0x2019 || code === 0x2d);
    }
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function isLetterOrDigit(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(text.slice(index, index + 2));
}
