/**
 * A title for a page a foreign annotation gives none for: its host and path, which a reader
 * recognises ("ahram.org.eg/News/541234.aspx"), or the address itself when it is not a URL.
 */
export function titleFromAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  if (url.hostname === '') return address;
  const path = url.pathname.replace(/\/+$/, '');
  let readable = path;
  try {
    readable = decodeURIComponent(path);
  } catch {
    // A malformed escape: show the path as it is written.
  }
  return `${url.hostname.replace(/^www\./, '')}${readable}`;
}
