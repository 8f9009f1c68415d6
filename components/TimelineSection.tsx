import type { Actor, Span, TimelineEntry } from '../lib/analysis/analysis';
import { timexLabel } from '../lib/analysis/timex-label';
import { KIND_STYLE } from './kind-style';

export interface TimelineSectionProps {
  timeline: TimelineEntry[];
  actors: Actor[];
  publishedAt?: string;
  onReveal: (span: Span) => void;
}

/** Years between two entries beyond which the gap is drawn compressed, with its length written. */
const COMPRESS_AFTER_YEARS = 2;

/** The dated events as a vertical line, oldest first; long gaps are compressed, not to scale. */
export function TimelineSection({ timeline, actors, publishedAt, onReveal }: TimelineSectionProps) {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {timeline.length === 0 ? (
        <p class="empty">The article mentions no dates.</p>
      ) : (
        <ol class="timeline">
          {timeline.map((entry, index) => {
            const gap = yearsBetween(timeline[index - 1]?.date, entry.date);
            const first = entry.spans[0];
            return (
              <li key={entry.date} class={entry.date === publishedAt ? 'event publication' : 'event'}>
                {gap > COMPRESS_AFTER_YEARS && <p class="gap">… {Math.round(gap)} years later</p>}
                <p class="when">{timexLabel(entry.date)}</p>
                {first ? (
                  <button type="button" class="what" dir="auto" onClick={() => onReveal(first)}>
                    {entry.label}
                  </button>
                ) : (
                  <p class="what">{entry.label}</p>
                )}
                <p class="chips">
                  {entry.actorIds.map((id) => {
                    const actor = byId.get(id);
                    return actor ? (
                      <span key={id} class="chip" style={{ background: KIND_STYLE[actor.kind].tint }}>
                        {actor.name}
                      </span>
                    ) : null;
                  })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function yearsBetween(earlier: string | undefined, later: string): number {
  if (!earlier) return 0;
  const year = (value: string) => Number(value.slice(0, 4).replace(/X/g, '0'));
  return year(later) - year(earlier);
}
