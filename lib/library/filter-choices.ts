import { foldForSearch } from './fold-for-search';
import type { LibraryEntry } from './library-entry';

/** One option of a filter: the value the filter keeps, what the reader reads, how many notes. */
export interface FilterChoice {
  value: string;
  label: string;
  count: number;
}

/** The options the library's filters offer: only what some note has, in
 * alphabetical order (a long list is read by its first letters, and the keyboard jumps by them). */
export interface FilterChoices {
  actors: FilterChoice[];
  tags: FilterChoice[];
  sites: FilterChoice[];
  orphans: number;
}

export function filterChoices(entries: readonly LibraryEntry[]): FilterChoices {
  const actors = new Tally();
  const tags = new Tally();
  const sites = new Tally();
  let orphans = 0;
  for (const entry of entries) {
    for (const [key, name] of entry.actors) actors.add(key, name);
    // One count per note, however many spellings of a tag it carries.
    const seen = new Set<string>();
    for (const tag of entry.note.tags) {
      const key = foldForSearch(tag);
      if (key && !seen.has(key)) tags.add(key, tag.trim());
      seen.add(key);
    }
    if (entry.article.site) sites.add(entry.article.site, entry.article.site);
    if (entry.orphan) orphans += 1;
  }
  return { actors: actors.choices(), tags: tags.choices(), sites: sites.choices(), orphans };
}

/** Counts per value, keeping the first label seen for each. */
class Tally {
  private readonly counts = new Map<string, FilterChoice>();

  add(value: string, label: string): void {
    const choice = this.counts.get(value);
    if (choice) choice.count += 1;
    else this.counts.set(value, { value, label, count: 1 });
  }

  choices(): FilterChoice[] {
    return [...this.counts.values()].sort((a, b) => a.label.localeCompare(b.label));
  }
}
