import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupNotice } from '../../components/PopupNotice';
import { PopupView } from '../../components/PopupView';
import { analyseAnyway, loadPopupState, type PopupState, popupTabId, sendToTab } from './popup-state';

// The popup shows the tab it was opened on, reading what that tab's content script already holds.
// Pages that are not articles get a sentence and, where it makes sense, "Analyse this page anyway".

const LIBRARY_URL = browser.runtime.getURL('/notes.html');

interface PopupProps {
  initial: PopupState;
}

function Popup({ initial }: PopupProps) {
  const [state, setState] = useState(initial);
  const [busy, setBusy] = useState(false);
  const anyway = (tabId: number) => {
    setBusy(true);
    analyseAnyway(tabId).then((next) => {
      setBusy(false);
      setState(next);
    });
  };
  const anywayButton = (tabId: number | undefined) =>
    tabId !== undefined && (
      <button type="button" disabled={busy} onClick={() => anyway(tabId)}>
        {busy ? 'Analysing…' : 'Analyse this page anyway'}
      </button>
    );

  switch (state.kind) {
    case 'view': {
      const { tabId } = state;
      return (
        <PopupView
          view={state.view}
          onRevealSpan={(span) =>
            void sendToTab(tabId, { type: 'reveal-span', start: span.start, end: span.end })
          }
          onRevealActor={(actor) => void sendToTab(tabId, { type: 'reveal-actor', actorId: actor.id })}
          libraryUrl={LIBRARY_URL}
        />
      );
    }
    case 'not-an-article':
      return (
        <PopupNotice message={`${state.reason} Ahram Lens reads article pages by itself.`}>
          {anywayButton(state.tabId)}
        </PopupNotice>
      );
    case 'failed':
      return <PopupNotice message={state.message} />;
    case 'unreachable': {
      const { tabId } = state;
      const reload = tabId !== undefined && (
        <button type="button" onClick={() => void browser.tabs.reload(tabId).then(() => window.close())}>
          Reload the page
        </button>
      );
      return state.onAhram ? (
        <PopupNotice message="Ahram Lens has not read this page yet: a tab opened before the extension was installed needs a reload.">
          {reload}
        </PopupNotice>
      ) : (
        <PopupNotice message="Ahram Lens reads Al-Ahram articles by itself. On other sites it reads a page only when you ask.">
          {anywayButton(tabId)}
        </PopupNotice>
      );
    }
  }
}

// Built as a script of its own (one classic file, like the content script) rather than as the
// page's module: a module page loads its shared chunks one request after another before anything
// runs, and the popup must be on screen at once. popup/index.html loads this file.
export default defineUnlistedScript(() => {
  performance.mark('ahram-lens:popup-start');
  const root = document.getElementById('app') as HTMLElement;
  // Asked for before anything is drawn: the answer is what the reader waits for.
  const loading = popupTabId().then(loadPopupState);
  render(<PopupNotice message="Reading the article…" />, root);
  loading.then(
    (state) => {
      performance.mark('ahram-lens:popup-state');
      render(<Popup initial={state} />, root);
      // For npm run bench:page: when everything the reader sees is on screen.
      performance.mark('ahram-lens:popup-rendered');
    },
    (error: unknown) =>
      render(<PopupNotice message={`Ahram Lens could not read this tab: ${String(error)}`} />, root),
  );
});
