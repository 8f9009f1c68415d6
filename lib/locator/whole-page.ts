import { buildTextModel, type TextModel } from '../text-model/text-model';

/** Page furniture that is never article text, even on a page read as a whole. */
const FURNITURE =
  'script, style, noscript, template, nav, header, footer, aside, form, button, select, textarea, iframe, svg, [aria-hidden="true"], [hidden]';

/**
 * The page's main text when no article was found and the reader asked for an analysis anyway
 * ("Analyse this page anyway" in the popup): its <main> (or <article>, or body) without navigation,
 * forms and scripts. Null when that leaves no text at all.
 */
export function readWholePage(doc: Document): { elements: Element[]; textModel: TextModel } | null {
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!root) return null;
  const excluded = new Set<Node>(root.querySelectorAll(FURNITURE));
  const textModel = buildTextModel({ roots: [root], excluded });
  return textModel.text.trim() === '' ? null : { elements: [root], textModel };
}
