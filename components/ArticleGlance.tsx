import type { ArticleReport } from '../lib/messages';

export interface ArticleGlanceProps {
  /** The tab's report, or null while none has arrived (loading, or a page we do not run on). */
  report: ArticleReport | null;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The article the extension found on the current tab, or why there is none. */
export function ArticleGlance({ report }: ArticleGlanceProps) {
  if (!report) {
    return (
      <p class="notice">
        Ahram Lens has not read this page. It works on Al-Ahram articles; if this tab was open before the
        extension was installed, reload it.
      </p>
    );
  }
  if (report.status === 'not-an-article') {
    return <p class="notice">{report.reason}</p>;
  }
  const details = [
    report.byline,
    report.publishedAt ? formatDate(report.publishedAt) : undefined,
    `${report.wordCount} words`,
  ];
  return (
    <article aria-label="Article">
      <h1 dir="auto">{report.title ?? 'Untitled article'}</h1>
      <p class="meta">{details.filter(Boolean).join(' · ')}</p>
      <p class="excerpt" dir="auto">
        {report.textStart}…
      </p>
    </article>
  );
}

function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE_FORMAT.format(date);
}
