import type { Analysis } from '../../lib/analysis/analysis';
import type { LocatedArticle, LocatorResult } from '../../lib/locator/located-article';
import { type Settings, showsKind } from '../../lib/settings';
import { type PaintedNote, Painter } from './painter';

/**
 * One analysed article on the page and what the reader chose to see of it: paints what the
 * settings allow, hides and shows everything on the toggle shortcut, repaints when settings change.
 */
export class ArticleSession {
  private painter: Painter;
  private painted = false;
  private hidden = false;
  /** Paint, clear and repaint run one after another, never interleaved across their pauses. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private article: LocatedArticle,
    /** Finds the article on the page again, the way the page reader found it. */
    private readonly locate: () => LocatorResult,
    readonly analysis: Analysis,
    private settings: Settings,
    private notes: PaintedNote[] = [],
  ) {
    this.painter = new Painter(article.elements, article.textModel);
  }

  get hoverDelayMs(): number {
    return this.settings.hoverDelayMs;
  }

  paint(): Promise<void> {
    return this.enqueue(() => this.paintNow());
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(operation, operation);
    return this.queue;
  }

  private async paintNow(): Promise<void> {
    if (this.hidden) return;
    if (this.painted) this.clear();
    this.painted = true;
    await this.painter.paint(
      {
        ...this.analysis,
        actors: this.analysis.actors.filter((actor) => showsKind(this.settings, actor.kind)),
        claims: this.settings.underlineClaims ? this.analysis.claims : [],
      },
      this.notes,
    );
  }

  /** The toggle shortcut: hide every highlight, or bring them back. */
  toggle(): Promise<void> {
    return this.enqueue(async () => {
      this.hidden = !this.hidden;
      if (this.hidden) this.clear();
      else await this.paintNow();
    });
  }

  /** The reader's notes anchored in this article; painted with everything else. */
  setNotes(notes: PaintedNote[]): Promise<void> {
    return this.enqueue(async () => {
      this.notes = notes;
      await this.paintNow();
    });
  }

  /** The article as it is on the page now (the text model fresh after painting), for new notes. */
  current(): LocatedArticle {
    return this.relocate() ?? this.article;
  }

  applySettings(settings: Settings): Promise<void> {
    return this.enqueue(async () => {
      this.settings = settings;
      await this.paintNow();
    });
  }

  /** Removes this session's marks for good (the page is read again). */
  dispose(): Promise<void> {
    return this.enqueue(async () => {
      this.clear();
      this.hidden = true;
    });
  }

  /** The page element that holds text offset `start` now (after painting changed the text nodes). */
  elementAt(start: number): HTMLElement | null {
    return this.relocate()?.textModel.positionAt(start, 'start')?.node.parentElement ?? null;
  }

  /** The same article read again from the page as it is now, or null when its text has changed. */
  private relocate(): LocatedArticle | null {
    const relocated = this.locate();
    return relocated.kind === 'article' && relocated.text === this.article.text ? relocated : null;
  }

  private clear(): void {
    if (!this.painted) return;
    this.painter.clear();
    this.painted = false;
    // Removing marks merges text nodes, so the text model is read again from the page.
    const relocated = this.relocate();
    if (relocated) {
      this.article = relocated;
      this.painter = new Painter(relocated.elements, relocated.textModel);
    }
  }
}
