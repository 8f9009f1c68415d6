import type { Analysis } from '../../lib/analysis/analysis';
import { locateArticle } from '../../lib/locator/locate-article';
import type { LocatedArticle } from '../../lib/locator/located-article';
import { type Settings, showsKind } from '../../lib/settings';
import { Painter } from './painter';

/**
 * One analysed article on the page and what the reader chose to see of it: paints what the
 * settings allow, hides and shows everything on the toggle shortcut, repaints when settings change.
 */
export class ArticleSession {
  private painter: Painter;
  private painted = false;
  private hidden = false;

  constructor(
    private article: LocatedArticle,
    readonly analysis: Analysis,
    private settings: Settings,
  ) {
    this.painter = new Painter(article.elements, article.textModel);
  }

  get hoverDelayMs(): number {
    return this.settings.hoverDelayMs;
  }

  paint(): void {
    if (this.hidden) return;
    if (this.painted) this.clear();
    this.painter.paint({
      ...this.analysis,
      actors: this.analysis.actors.filter((actor) => showsKind(this.settings, actor.kind)),
      claims: this.settings.underlineClaims ? this.analysis.claims : [],
    });
    this.painted = true;
  }

  /** The toggle shortcut: hide every highlight, or bring them back. */
  toggle(): void {
    this.hidden = !this.hidden;
    if (this.hidden) this.clear();
    else this.paint();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.paint();
  }

  private clear(): void {
    if (!this.painted) return;
    this.painter.clear();
    this.painted = false;
    // Removing marks merges text nodes, so the text model is read again from the page.
    const relocated = locateArticle(this.article.elements[0]?.ownerDocument ?? document);
    if (relocated.kind === 'article' && relocated.text === this.article.text) {
      this.article = relocated;
      this.painter = new Painter(relocated.elements, relocated.textModel);
    }
  }
}
