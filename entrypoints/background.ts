import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../lib/analysis/analyze';
import { prepareEngine } from '../lib/analysis/prepare-engine';
import { TOGGLE_COMMAND } from '../lib/commands';
import { type Message, parseMessage, type Reply, type TabMessage } from '../lib/messages';
import { NotesDatabase } from '../lib/store/notes-db';
import { NotesStore } from '../lib/store/notes-store';
import { readableError } from '../lib/store/store-errors';
import { TabRecords } from '../lib/tab-records';

// The background owns what outlives a page: each tab's article report and view, the notes database,
// and the engine.
// It only routes; what a message means is decided in lib/.
export default defineBackground(() => {
  const reports = new TabRecords(browser.storage.session, 'tab-report');
  // Read by the popup straight from session storage: it need not wake this worker or ask the tab.
  const views = new TabRecords(browser.storage.session, 'tab-view');
  // The notes database lives here, in the extension's origin, out of every page's reach.
  let notesStore: NotesStore | null = null;
  const notes = () => {
    notesStore ??= new NotesStore(new NotesDatabase());
    return notesStore;
  };

  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse) => {
      const message = parseMessage(raw);
      if (!message || sender.id !== browser.runtime.id) {
        sendResponse({ ok: false, error: 'Unknown or malformed message.' } satisfies Reply<never>);
        return false;
      }
      handle(message, sender).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, error: readableError(error) } satisfies Reply<never>),
      );
      return true; // the answer comes asynchronously
    },
  );

  async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> {
    switch (message.type) {
      case 'article-located': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'Only a content script reports an article.' };
        // A reading has begun: the view of the last one is out of date until the new one is published.
        // Forgotten first, so that this removal can never land after that publication.
        await Promise.all([views.forget(tabId), reports.save(tabId, message.report)]);
        return { ok: true, value: null };
      }
      case 'publish-article-view': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'Only a content script publishes its article.' };
        // A cache: when session storage is full, the other views make room; failing that, the popup
        // asks the tab.
        await views.saveMakingRoom(tabId, message.view);
        return { ok: true, value: null };
      }
      case 'get-tab-report':
        return { ok: true, value: await reports.load(message.tabId) };
      case 'notes-for-article':
        return { ok: true, value: await notes().forArticle(message.articleKey, message.actorIds) };
      case 'create-note':
        return { ok: true, value: await notes().create(message.note) };
      case 'update-note':
        return { ok: true, value: await notes().update(message.note, message.basedOnUpdatedAt) };
      case 'delete-note':
        return { ok: true, value: (await notes().remove(message.id)) ?? null };
      case 'list-notes':
        return { ok: true, value: await notes().everything() };
      case 'import-notes':
        return { ok: true, value: await notes().importNotes(message.notes) };
      case 'record-visit':
        return { ok: true, value: await notes().recordVisit(message.article) };
      case 'prepare-engine':
        prepareEngine();
        return { ok: true, value: null };
      case 'analyze-article': {
        // The engine (knowledge base and tagger weights) lives here rather than in every page:
        // it is loaded once per browser session and the content script stays small.
        const { text, title, publishedAt } = message;
        return {
          ok: true,
          value: analyze(text, {
            ...(title === undefined ? {} : { title }),
            ...(publishedAt === undefined ? {} : { publishedAt }),
          }),
        };
      }
    }
  }

  // Load the knowledge base and the tagger now, so the first article does not wait for them.
  analyze('Warm-up.');

  // A tab that starts loading another page no longer shows the article we reported.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  browser.tabs.onRemoved.addListener(forget);

  function forget(tabId: number): void {
    void reports.forget(tabId);
    void views.forget(tabId);
  }

  // The keyboard shortcut (manifest "commands") hides or shows the highlights on the current tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: TabMessage = { type: 'toggle-highlights' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => {
      // No content script there (not an Ahram page): nothing to toggle.
    });
  });
});
