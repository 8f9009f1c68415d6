/** How long the page must be quiet before we look at what changed. */
const SETTLE_MS = 500;
const URL_POLL_MS = 1000;

/**
 * Calls `onChange` when the page may hold a different article than before: after its body has
 * changed and then been quiet for a moment (lazy loading, "read more"), or when its address
 * changed without a page load (history API navigation; content scripts cannot see the page's own
 * pushState, so the address is polled). One observer for the whole page. Returns a stop function.
 */
export function watchPage(doc: Document, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  const observer = new MutationObserver(settle);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  let address = doc.location?.href;
  const poll = setInterval(() => {
    if (doc.location?.href === address) return;
    address = doc.location?.href;
    settle();
  }, URL_POLL_MS);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
  };
}
