import { buildTextModel, type TextModel } from '../text-model/text-model';
import { AD_SCRIPT, AHRAM_SELECTORS, SHORT_LINK_LABEL } from './ahram-selectors';
import type { ArticleMetadata } from './located-article';
import { findPublicationDate } from './publication-date';

export interface AhramArticle extends ArticleMetadata {
  elements: Element[];
  textModel: TextModel;
}

/**
 * The article on an Ahram Online page, read from the site's own structure. Returns null when the
 * markup is not the one we know (a redesign, another section of the site), so the caller can fall
 * back to Readability; returns an article with empty text when the body box is there but empty.
 */
export function readAhramOnline(doc: Document): AhramArticle | null {
  const body = doc.querySelector(AHRAM_SELECTORS.body);
  if (!body) return null;
  const metadata = readMetadata(doc);

  let elements: Element[] = [body];
  let textModel = buildTextModel({ roots: elements, excluded: nonArticleNodes(body) });
  if (textModel.text.length === 0) {
    // Pasted MS Word markup can make the parser close the body early: the paragraphs then follow
    // it as siblings, up to the end marker.
    const orphaned = paragraphsAfterEarlyClose(body);
    if (orphaned.length > 0) {
      elements = orphaned;
      textModel = buildTextModel({ roots: orphaned });
    }
  }
  return { ...metadata, elements, textModel };
}

function readMetadata(doc: Document): ArticleMetadata {
  const title = textOf(doc.querySelector(AHRAM_SELECTORS.title));
  const lede = textOf(doc.querySelector(AHRAM_SELECTORS.lede));
  const source = textOf(doc.querySelector(AHRAM_SELECTORS.source));
  const metadata: ArticleMetadata = {};
  if (title) metadata.title = title;
  if (lede) metadata.lede = lede;
  if (source) Object.assign(metadata, splitSourceLine(source));
  return metadata;
}

/** "Dina Zayed, Reuters, Wednesday 10 Nov 2010" → byline "Dina Zayed, Reuters", date 2010-11-10. */
export function splitSourceLine(source: string): Pick<ArticleMetadata, 'byline' | 'publishedAt'> {
  const found = findPublicationDate(source);
  if (!found) return { byline: source };
  const byline = source
    .slice(0, found.start)
    .replace(/[\s,]+$/, '')
    .replace(/\s+,/g, ',');
  return byline ? { byline, publishedAt: found.date } : { publishedAt: found.date };
}

/** Ads, the keyword list, the short-link box and everything after the end marker. */
function nonArticleNodes(body: Element): Set<Node> {
  const excluded = new Set<Node>(body.querySelectorAll(AHRAM_SELECTORS.notArticleText));
  for (const ad of Array.from(body.querySelectorAll(AHRAM_SELECTORS.adBox))) excluded.add(ad);
  for (const script of Array.from(body.querySelectorAll('script'))) {
    const slot = script.parentElement;
    // Only a slot of its own: a script that sits inside a text paragraph must not take the paragraph.
    const ownSlot = slot && slot !== body && slot.tagName !== 'P' && !slot.querySelector('p');
    if (ownSlot && AD_SCRIPT.test(script.textContent ?? '')) excluded.add(slot);
  }
  const end = body.querySelector(AHRAM_SELECTORS.bodyEnd);
  if (end) {
    for (let node: Node | null = end; node && node !== body; node = node.parentNode) {
      for (let next = node.nextSibling; next; next = next.nextSibling) excluded.add(next);
    }
  }
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (SHORT_LINK_LABEL.test(text.nodeValue ?? '')) excluded.add(text);
  }
  return excluded;
}

function paragraphsAfterEarlyClose(body: Element): Element[] {
  const container = body.closest(AHRAM_SELECTORS.bodyFallbackContainer) ?? body.parentElement;
  if (!container) return [];
  const paragraphs: Element[] = [];
  let started = false;
  for (const child of Array.from(container.children)) {
    if (child === body || child.contains(body)) {
      started = true;
      continue;
    }
    if (!started) continue;
    if (child.matches(AHRAM_SELECTORS.notArticleText)) break;
    if (child.tagName === 'P' || child.tagName === 'DIV') paragraphs.push(child);
  }
  return paragraphs;
}

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
