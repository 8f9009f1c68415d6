/** Longest distance from 1970 a JavaScript Date can hold, in milliseconds. */
const MAX_DATE_MS = 8.64e15;

/**
 * A stored time as an ISO string. Stored times only need to be finite numbers, and toISOString
 * throws beyond the Date range, so such a time is written as the epoch rather than failing the export.
 */
export function isoTime(ms: number): string {
  const safe = Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? ms : 0;
  return new Date(safe).toISOString();
}

/**
 * A time read from a foreign file (W3C, Hypothesis), or `fallback` when it is missing or not a
 * date. Losing a note over a bad date would be worse than a wrong date, so foreign formats fall
 * back; our own formats store numbers and a bad one fails noteProblem instead.
 */
export function timeFromIso(value: unknown, fallback: number): number {
  if (typeof value !== 'string') return fallback;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : fallback;
}

/** The reader's local calendar day, YYYY-MM-DD, for file names and the Markdown's dates. */
export function localDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'unknown-date';
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
