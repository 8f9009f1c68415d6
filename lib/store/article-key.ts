/** Query parameters that track the reader rather than name the article. */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$|spm$|_ga$)/i;

/**
 * The key notes on one article are filed under: the page's canonical URL (<link rel=canonical>
 * or og:url when the page gives one), else its URL, without tracking parameters, fragment or
 * "www.", with http and https alike. Two visits to the same article always meet the same notes.
 */
export function articleKey(pageUrl: string, canonicalUrl?: string | null): string {
  const source = canonicalUrl?.trim() || pageUrl;
  let url: URL;
  try {
    url = new URL(source, pageUrl);
  } catch {
    return pageUrl;
  }
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a], [b]) => a.localeCompare(b));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  const host = url.hostname.replace(/^www\./, '').toLowerCase();
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host}${path}${query}`;
}
