// Code passed to `serviceWorker.evaluate` and `page.evaluate` runs inside the extension, where the
// native `chrome` namespace exists; this tells the type checker so.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
