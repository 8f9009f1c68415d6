const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const DAY_AND_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A day as the reader's browser writes it ("13 Mar 2025" or "Mar 13, 2025"). */
export function formatDay(time: number): string {
  return DAY.format(time);
}

/** A day and time, for a tooltip that says exactly when. */
export function formatDayAndTime(time: number): string {
  return DAY_AND_TIME.format(time);
}

/** An ISO day ("YYYY-MM-DD") as formatDay writes it; the text as it is when it is not one. */
export function formatIsoDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match
    ? formatDay(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime())
    : day;
}
