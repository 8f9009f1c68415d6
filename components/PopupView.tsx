import type { Actor, Span } from '../lib/analysis/analysis';
import { timexLabel } from '../lib/analysis/timex-label';
import type { ArticleView } from '../lib/messages';
import { ActorsSection } from './ActorsSection';
import { ClaimsSection } from './ClaimsSection';
import { NotesSection } from './NotesSection';
import { SummarySection } from './SummarySection';
import { TimelineSection } from './TimelineSection';

export interface PopupViewProps {
  view: ArticleView;
  onRevealSpan: (span: Span) => void;
  onRevealActor: (actor: Actor) => void;
  /** The notes library page's address. */
  libraryUrl: string;
}

/** The article at a glance: its heading, then summary, timeline, actors, claims and notes. */
export function PopupView({ view, onRevealSpan, onRevealActor, libraryUrl }: PopupViewProps) {
  const { analysis, text } = view;
  const meta = [view.byline, view.publishedAt ? timexLabel(view.publishedAt) : undefined]
    .filter(Boolean)
    .join(' · ');
  return (
    <article>
      <header>
        <h1 dir="auto">{view.title ?? 'Untitled article'}</h1>
        {meta && <p class="meta">{meta}</p>}
      </header>
      <SummarySection text={text} summary={analysis.summary} onReveal={onRevealSpan} />
      <TimelineSection
        timeline={analysis.timeline}
        actors={analysis.actors}
        onReveal={onRevealSpan}
        {...(view.publishedAt ? { publishedAt: view.publishedAt } : {})}
      />
      <ActorsSection actors={analysis.actors} onReveal={onRevealActor} />
      <ClaimsSection text={text} claims={analysis.claims} actors={analysis.actors} onReveal={onRevealSpan} />
      <NotesSection notes={view.notes} libraryUrl={libraryUrl} />
    </article>
  );
}
