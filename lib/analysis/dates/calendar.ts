/**
 * Calendar arithmetic on plain year/month/day triples, in UTC, so that results never depend on the reader's
 * time zone (the extension runs in browsers all over the world; the benchmarks run in Node).
 */

export type Day = { y: number; m: number; d: number };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses the YYYY-MM-DD prefix of a publication date; anything else (or an impossible date) gives undefined. */
export function parseDay(iso: string | undefined): Day | undefined {
  const match = iso ? ISO_DAY.exec(iso) : null;
  if (!match) return undefined;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDay(day) ? day : undefined;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc({ y, m, d }: Day): Date {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Adds months, keeping the month (not the day) meaningful: callers only format the year and month. */
export function addMonths({ y, m }: Day, n: number): Day {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const first = { y: thursday.y, m: 1, d: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(first).getTime()) / 86_400_000);
  return { y: thursday.y, w: Math.floor(ordinal / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = ({ y, m }: Day): string => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = ({ y, m, d }: Day): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const formatTime = (h: number, min: number): string => `${pad(h)}:${pad(min)}`;

export function formatWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}
