/**
 * The address to link an article title to, or null when it is not a web page: an imported note
 * may carry any string as its URL, and a "javascript:" or "data:" link must never be offered.
 */
export function articleLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
