import type { Span } from '../lib/analysis/analysis';

export interface SummarySectionProps {
  text: string;
  summary: Span[];
  onReveal: (span: Span) => void;
}

/** The summary sentences; each one, clicked, scrolls the page to where it stands. */
export function SummarySection({ text, summary, onReveal }: SummarySectionProps) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      {summary.length === 0 ? (
        <p class="empty">This article is too short to summarise.</p>
      ) : (
        <ol class="summary">
          {summary.map((span) => (
            <li key={span.start}>
              <button type="button" class="sentence" dir="auto" onClick={() => onReveal(span)}>
                {text.slice(span.start, span.end)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
