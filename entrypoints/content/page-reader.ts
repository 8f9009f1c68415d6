import { browser } from 'wxt/browser';
import type { NoteDraft } from '../../components/NoteEditor';
import { reportOf } from '../../lib/article-report';
import { locateArticle } from '../../lib/locator/locate-article';
import type { LocatedArticle, LocatorResult } from '../../lib/locator/located-article';
import {
  type ArticleView,
  MAX_PUBLISHED_VIEW_CHARACTERS,
  type Message,
  type TabMessage,
} from '../../lib/messages';
import { parseSettings } from '../../lib/settings';
import { articleKey } from '../../lib/store/article-key';
import type { NoteRecord } from '../../lib/store/note-record';
import { askBackground } from '../../utils/ask-background';
import { anchorNotes, newNoteRecord, notesListed, unanchoredNoteIds } from './article-notes';
import { ArticleSession } from './article-session';
import { cardContents, type NoteSubject } from './card-contents';
import { type CardHost, createCardHost } from './card-host';
import { attachHoverCards, type HoverCards } from './hover-cards';
import { attachNoteCapture, type Passage } from './note-capture';
import { ReaderNotes } from './reader-notes';
import { answerTabMessage, articleViewOf } from './tab-messages';

interface Reading {
  article: LocatedArticle;
  /** Where notes on this article are filed (lib/store/article-key). */
  key: string;
  session: ArticleSession;
  cards: HoverCards;
  notes: ReaderNotes;
  detachCapture: () => void;
}

/**
 * Reads the page's article and keeps the reading current: locate, report to the background, have
 * it analysed, paint, cards. Reading again (new paragraphs, another article in the same tab)
 * replaces the previous reading whole, so marks are never doubled.
 */
export class PageReader {
  private reading: Reading | null = null;
  private host: CardHost | null = null;
  private noteHost: CardHost | null = null;
  private queue: Promise<void> = Promise.resolve();
  /** Set once the reader asked for this page to be analysed although it is not an article. */
  private anyway = false;

  constructor(private readonly doc: Document) {}

  /** The article on the page now, found the way this page is read. */
  locate(): LocatorResult {
    return locateArticle(this.doc, this.doc.location?.href ?? '', { anyway: this.anyway });
  }

  /** "Analyse this page anyway": from now on this page is read even if it is not an article. */
  readAnyway(): Promise<void> {
    this.anyway = true;
    return this.read();
  }

  /** The article text now on the page, or null when there is none. */
  currentText(): string | null {
    return this.reading?.article.text ?? null;
  }

  read(): Promise<void> {
    this.queue = this.queue.then(
      () => this.readNow(),
      () => this.readNow(),
    );
    return this.queue;
  }

  async answer(message: TabMessage): Promise<ArticleView | null> {
    if (message.type === 'analyse-anyway') {
      await this.readAnyway();
      return this.answer({ type: 'get-article-view' });
    }
    // A reading under way (the popup opened while the article is still being analysed) is
    // finished first, so the answer is the article, not "nothing here yet".
    await this.queue.catch(() => {});
    const reading = this.reading;
    if (!reading) return null;
    const notes = notesListed(reading.article.text, reading.notes.onArticle());
    return answerTabMessage(message, reading.article, reading.session, reading.cards, notes);
  }

  async applyStoredSettings(): Promise<void> {
    const settings = parseSettings(await browser.storage.sync.get(null));
    await this.reading?.session.applySettings(settings);
  }

  private async readNow(): Promise<void> {
    const started = performance.now();
    const url = this.doc.location?.href ?? '';
    const result = this.locate();
    const message: Message = {
      type: 'article-located',
      report: reportOf(result, url, performance.now() - started),
    };
    void browser.runtime.sendMessage(message).catch(() => {});
    if (result.kind !== 'article') {
      await this.dispose();
      return;
    }
    if (this.reading && this.reading.article.text === result.text) return;
    performance.mark('ahram-lens:located');
    // The analysis, the reader's notes and the settings are asked for at once, and painted together once.
    const key = articleKey(url, canonicalUrlOf(this.doc));
    const [analysis, notes, storedSettings] = await Promise.all([
      askBackground({
        type: 'analyze-article',
        text: result.text,
        ...(result.title === undefined ? {} : { title: result.title }),
        ...(result.publishedAt === undefined ? {} : { publishedAt: result.publishedAt }),
      }),
      askBackground({ type: 'notes-for-article', articleKey: key, actorIds: [] }),
      browser.storage.sync.get(null),
    ]);
    performance.mark('ahram-lens:analysed');
    const hadReading = this.reading !== null;
    await this.dispose();
    // Removing the previous reading's marks changed the text nodes, so locate once more.
    const fresh = hadReading ? this.locate() : result;
    const article = fresh.kind === 'article' && fresh.text === result.text ? fresh : result;
    const settings = parseSettings(storedSettings);
    const session = new ArticleSession(
      article,
      () => this.locate(),
      analysis,
      settings,
      anchorNotes(article.text, notes),
    );
    await session.paint();
    // For npm run bench:page, which reports where the time between page load and paint goes.
    performance.mark('ahram-lens:painted');
    const readerNotes = new ReaderNotes(notes, (changed) => {
      this.publishView();
      return session.setNotes(anchorNotes(article.text, changed));
    });
    this.host ??= createCardHost(this.doc);
    const cards: HoverCards = attachHoverCards(this.doc, this.host, {
      delayMs: () => session.hoverDelayMs,
      cardFor: cardContents({
        doc: this.doc,
        analysis,
        text: article.text,
        notes: readerNotes,
        cards: () => cards,
        newNote: (subject, draft) => this.newNote(article, key, subject, draft),
      }),
    });
    this.noteHost ??= createCardHost(this.doc, 'ahram-lens-note-ui');
    const reading: Reading = { article, key, session, cards, notes: readerNotes, detachCapture: () => {} };
    reading.detachCapture = attachNoteCapture(
      this.doc,
      {
        passageOf: (range) => passageOf(session.current(), range),
        save: async (passage, draft) => {
          await readerNotes.create(this.newNote(article, key, passage, draft));
        },
      },
      this.noteHost,
    );
    this.reading = reading;
    this.publishView();
    void this.recordVisit(reading);
  }

  /**
   * Gives the background this reading's view (analysis, notes), for the popup to read from session
   * storage the moment it opens, without waiting on this tab. Sent again whenever the notes change.
   */
  private publishView(): void {
    const reading = this.reading;
    if (!reading || reading.article.text.length > MAX_PUBLISHED_VIEW_CHARACTERS) return;
    const notes = notesListed(reading.article.text, reading.notes.onArticle());
    const view = articleViewOf(reading.article, reading.session, notes);
    void askBackground({ type: 'publish-article-view', view }).catch(() => {});
  }

  /**
   * Files this visit in the reading history, and fills the actor cards with what the history
   * knows (other articles, notes on these actors). After painting: the cards can wait, the page
   * cannot.
   */
  private async recordVisit(reading: Reading): Promise<void> {
    const { article, key, session, notes } = reading;
    const history = await askBackground({
      type: 'record-visit',
      article: {
        key,
        url: this.doc.location?.href ?? '',
        title: article.title ?? this.doc.title,
        ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
        lastVisitedAt: Date.now(),
        actorIds: session.analysis.actors.map((actor) => actor.id),
        actorNames: Object.fromEntries(session.analysis.actors.map((actor) => [actor.id, actor.name])),
        unanchoredNoteIds: unanchoredNoteIds(article.text, notes.onArticle()),
      },
    }).catch(() => null);
    if (history && this.reading === reading) notes.setHistory(history);
  }

  /** A new note record (not yet saved) on a passage, a claim or an actor of this article. */
  private newNote(
    article: LocatedArticle,
    key: string,
    subject: Passage | NoteSubject,
    draft: NoteDraft,
  ): NoteRecord {
    const origin = {
      key,
      url: this.doc.location?.href ?? '',
      title: article.title ?? this.doc.title,
      text: article.text,
    };
    return newNoteRecord(origin, subject, draft);
  }

  private async dispose(): Promise<void> {
    const reading = this.reading;
    this.reading = null;
    if (!reading) return;
    reading.cards.detach();
    reading.detachCapture();
    await reading.session.dispose();
  }
}

/** A selection's passage in the article text, trimmed of white space; null outside the article. */
function passageOf(article: LocatedArticle, range: Range): Passage | null {
  const from = article.textModel.offsetOf(range.startContainer, range.startOffset);
  const to = article.textModel.offsetOf(range.endContainer, range.endOffset);
  if (from === null || to === null) return null;
  let start = from;
  let end = to;
  while (start < end && /\s/.test(article.text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(article.text[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end, quote: article.text.slice(start, end) } : null;
}

function canonicalUrlOf(doc: Document): string | null {
  return (
    doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ||
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ||
    null
  );
}
