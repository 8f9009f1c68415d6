// Which elements break a line and which hold no readable text. Decided by tag name (and the
// `hidden` attribute) rather than computed style: the model must come out the same in Chromium,
// Firefox and jsdom, and reading computed styles for every node of a 50,000-word page is slow.

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const TEXTLESS_TAGS = new Set([
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'EMBED',
  // A photo's caption and credit sit between paragraphs but are not the article's text: read as
  // text they would open the summary or join the next sentence.
  'FIGCAPTION',
  'IFRAME',
  'IMG',
  'INPUT',
  'MATH',
  'NOSCRIPT',
  'OBJECT',
  'PICTURE',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'VIDEO',
]);

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

export function isLineBreak(element: Element): boolean {
  return element.tagName.toUpperCase() === 'BR';
}

/** Elements whose content is never article text: scripts, media and their captions, form controls, hidden subtrees. */
export function holdsNoReadableText(element: Element): boolean {
  if (TEXTLESS_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
