import { foldForSearch } from './fold-for-search';
import type { LibraryEntry } from './library-entry';

/** What the reader narrowed the library to; "" (or false) means "any". */
export interface LibraryFilters {
  /** Words that must all appear (folded) in a note's body, quote, tags, article title or actor. */
  search: string;
  /** An actorKey: notes on this actor, or on articles that mention it. */
  actor: string;
  /** A folded tag. */
  tag: string;
  /** A host, as siteOf gives it. */
  site: string;
  /** Created on or after this day, "YYYY-MM-DD" (the reader's local day). */
  from: string;
  /** Created on or before this day, "YYYY-MM-DD". */
  to: string;
  /** Only notes not found on their page at the last visit. */
  orphansOnly: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  search: '',
  actor: '',
  tag: '',
  site: '',
  from: '',
  to: '',
  orphansOnly: false,
};

/** Whether any filter narrows the library. */
export function isFiltering(filters: LibraryFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof LibraryFilters)[]).some((key) =>
    key === 'search' ? filters.search.trim() !== '' : filters[key] !== NO_FILTERS[key],
  );
}

/** The entries every filter lets through, in the order given. */
export function filterEntries(entries: readonly LibraryEntry[], filters: LibraryFilters): LibraryEntry[] {
  const words = foldForSearch(filters.search).split(' ').filter(Boolean);
  const from = filters.from ? startOfDay(filters.from) : undefined;
  // The "to" day is included: notes created before the start of the day after it.
  const until = filters.to ? startOfDay(filters.to, 1) : undefined;
  const tag = foldForSearch(filters.tag);
  return entries.filter(
    (entry) =>
      words.every((word) => entry.searchText.includes(word)) &&
      (!filters.actor || entry.actors.has(filters.actor)) &&
      (!tag || entry.tagKeys.has(tag)) &&
      (!filters.site || entry.article.site === filters.site) &&
      (from === undefined || Number.isNaN(from) || entry.note.createdAt >= from) &&
      (until === undefined || Number.isNaN(until) || entry.note.createdAt < until) &&
      (!filters.orphansOnly || entry.orphan),
  );
}

/** The local time at which day `day` ("YYYY-MM-DD") plus `plusDays` starts; NaN for another shape. */
export function startOfDay(day: string, plusDays = 0): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return Number.NaN;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).getTime();
}
