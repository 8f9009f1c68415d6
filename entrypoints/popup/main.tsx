import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ArticleGlance } from '../../components/ArticleGlance';
import type { ArticleReport } from '../../lib/messages';
import { askBackground } from '../../utils/ask-background';
import './style.css';

// The popup shows the tab it was opened on; `?tab=<id>` names another tab (tests cannot open a real
// toolbar popup, so they open popup.html with the tab they mean).
async function currentTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadReport(): Promise<ArticleReport | null> {
  const tabId = await currentTabId();
  if (tabId === undefined) return null;
  return askBackground({ type: 'get-tab-report', tabId });
}

const root = document.getElementById('app') as HTMLElement;
loadReport().then(
  (report) =>
    render(
      <>
        <p class="brand">Ahram Lens</p>
        <ArticleGlance report={report} />
      </>,
      root,
    ),
  (error: unknown) => render(<p class="notice">Ahram Lens could not read this tab: {String(error)}</p>, root),
);
