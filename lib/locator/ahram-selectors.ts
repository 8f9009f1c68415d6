// Every piece of Ahram Online markup the locator relies on, in one place: when the site changes,
// this file and its fixture test (tests/unit/lib/locator/ahram-online.test.ts) are what change.
// Pages saved around 2012 carry an ASP.NET `ctl00_` prefix on the same ids.

function byId(id: string): string {
  return `#ContentPlaceHolder1_${id}, #ctl00_ContentPlaceHolder1_${id}`;
}

export const AHRAM_SELECTORS = {
  title: byId('hd'),
  lede: byId('bref'),
  /** "Author , Weekday DD Mon YYYY" */
  source: byId('source'),
  body: byId('divContent'),
  /** Where the article text ends; the keyword list and the short link follow it. */
  bodyEnd: 'div.line_inner_AfterTopic',
  /** Inside the body but never article text. */
  notArticleText: 'div.search_word, input.text_inner_ShortLink, .line_inner_AfterTopic',
  /** Where the paragraphs land when pasted MS Word markup makes the parser close the body early. */
  bodyFallbackContainer: '#Content',
  /** Ad slots inside the body: the element around an ad script, and the site's ad boxes. */
  adBox: '.ad_box, ins.adsbygoogle, [id^="div-gpt-ad"]',
} as const;

/** Inline scripts that fill an ad slot; the element around them is an ad, not article text. */
export const AD_SCRIPT = /google_ad_|adsbygoogle|googletag/;

/** The bare "Short link:" label that precedes the short-link box. */
export const SHORT_LINK_LABEL = /^\s*short link:?\s*$/i;

export function isAhramHost(hostname: string): boolean {
  return hostname === 'ahram.org.eg' || hostname.endsWith('.ahram.org.eg');
}
