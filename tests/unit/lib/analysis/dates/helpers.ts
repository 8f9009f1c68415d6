import { findDates } from '../../../../../lib/analysis/dates';

/** The expressions found in a text as [surface text, value] pairs, for readable expectations. */
export function found(text: string, publishedAt?: string): [string, string][] {
  return findDates(text, publishedAt).map((d) => [text.slice(d.start, d.end), d.value]);
}
