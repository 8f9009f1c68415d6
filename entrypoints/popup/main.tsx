import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import type { ArticleReport, ArticleView, TabMessage } from '../../lib/messages';
import { askBackground } from '../../utils/ask-background';
import './style.css';

// The popup shows the tab it was opened on; `?tab=<id>` names another tab (tests cannot open a real
// toolbar popup, so they open popup.html with the tab they mean). It reads the analysis the tab's
// content script already holds: nothing is analysed again.

type PopupState =
  | { kind: 'view'; tabId: number; view: ArticleView }
  | { kind: 'not-an-article'; reason: string }
  | { kind: 'unreachable'; tabId?: number };

async function currentTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function sendToTab<T>(tabId: number, message: TabMessage): Promise<T> {
  return browser.tabs.sendMessage(tabId, message) as Promise<T>;
}

async function loadState(): Promise<PopupState> {
  const tabId = await currentTabId();
  if (tabId === undefined) return { kind: 'unreachable' };
  // Both asked at once: the popup should be on screen before the reader's eye gets there.
  const [report, view] = await Promise.all([
    askBackground({ type: 'get-tab-report', tabId }).catch((): ArticleReport | null => null),
    sendToTab<ArticleView | null>(tabId, { type: 'get-article-view' }).catch(() => null),
  ]);
  if (view) return { kind: 'view', tabId, view };
  if (report?.status === 'not-an-article') return { kind: 'not-an-article', reason: report.reason };
  return { kind: 'unreachable', tabId };
}

function Popup({ state }: { state: PopupState }) {
  if (state.kind === 'view') {
    const { tabId } = state;
    return (
      <PopupView
        view={state.view}
        onRevealSpan={(span) =>
          void sendToTab(tabId, { type: 'reveal-span', start: span.start, end: span.end })
        }
        onRevealActor={(actor) => void sendToTab(tabId, { type: 'reveal-actor', actorId: actor.id })}
      />
    );
  }
  if (state.kind === 'not-an-article') {
    return <p class="notice">{state.reason} Ahram Lens reads article pages only.</p>;
  }
  const { tabId } = state;
  return (
    <div class="notice">
      <p>
        Ahram Lens cannot reach this page. It reads Al-Ahram articles; a tab opened before the extension was
        installed needs a reload.
      </p>
      {tabId !== undefined && (
        <button type="button" onClick={() => void browser.tabs.reload(tabId).then(() => window.close())}>
          Reload the page
        </button>
      )}
    </div>
  );
}

const root = document.getElementById('app') as HTMLElement;
render(<p class="notice">Reading the article…</p>, root);
loadState().then(
  (state) => {
    render(<Popup state={state} />, root);
    // For npm run bench:page: when everything the reader sees is on screen.
    performance.mark('ahram-lens:popup-rendered');
  },
  (error: unknown) => render(<p class="notice">Ahram Lens could not read this tab: {String(error)}</p>, root),
);
