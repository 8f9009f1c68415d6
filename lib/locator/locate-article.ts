import type { TextModel } from '../text-model/text-model';
import { readAhramOnline } from './ahram-online';
import { isAhramHost } from './ahram-selectors';
import { type ArticleMetadata, countWords, type LocatorPath, type LocatorResult } from './located-article';
import { readWithReadability } from './readability-fallback';
import { readWholePage } from './whole-page';

/** Fewer words than this is a teaser, a caption or an empty shell, not an article to analyse. */
export const MIN_ARTICLE_WORDS = 60;

export interface LocateOptions {
  /**
   * The reader asked for this page to be analysed although it does not look like an article:
   * take any text Readability finds, however short, and else the page's main text.
   */
  anyway?: boolean;
}

/**
 * Finds the article on a page: through the site's own markup on Ahram Online, through Readability
 * elsewhere or when the markup is not recognised. Reads the DOM and never changes it.
 */
export function locateArticle(
  doc: Document,
  url: string = doc.URL,
  { anyway = false }: LocateOptions = {},
): LocatorResult {
  const onAhram = isAhramHost(hostnameOf(url));
  const minimumWords = anyway ? 1 : MIN_ARTICLE_WORDS;
  const viaSite = onAhram ? readAhramOnline(doc) : null;
  if (viaSite && countWords(viaSite.textModel.text, minimumWords) >= minimumWords) {
    return located('ahram-online', viaSite);
  }
  const viaReadability = readWithReadability(doc, { anyway });
  if (viaReadability && countWords(viaReadability.textModel.text, minimumWords) >= minimumWords) {
    // Ahram's title and date boxes are more reliable than Readability's guesses when they exist.
    return located('readability', { ...viaReadability, ...definedOnly(viaSite ?? {}) });
  }
  const wholePage = anyway ? readWholePage(doc) : null;
  if (wholePage) {
    const title = viaSite?.title ?? (doc.title.trim() || undefined);
    return located('whole-page', { ...wholePage, ...(title === undefined ? {} : { title }) });
  }
  return {
    kind: 'not-an-article',
    reason: onAhram
      ? 'This Ahram page has no article body (it may be a section front, a search page or a gallery).'
      : anyway
        ? 'This page has no text to analyse.'
        : 'No article was found on this page.',
  };
}

function located(
  path: LocatorPath,
  found: ArticleMetadata & { elements: Element[]; textModel: TextModel },
): LocatorResult {
  const { elements, textModel, ...metadata } = found;
  return {
    kind: 'article',
    path,
    ...metadata,
    elements,
    textModel,
    text: textModel.text,
    wordCount: countWords(textModel.text),
  };
}

function definedOnly(metadata: ArticleMetadata): ArticleMetadata {
  const { title, lede, byline, publishedAt } = metadata;
  return Object.fromEntries(
    Object.entries({ title, lede, byline, publishedAt }).filter(([, value]) => value !== undefined),
  );
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
