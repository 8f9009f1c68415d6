import type { LibraryArticle, LibraryEntry } from './library-entry';

/** The notes on one article, as the library lists them. */
export interface ArticleGroup {
  article: LibraryArticle;
  /** Newest first. */
  entries: LibraryEntry[];
}

/**
 * Entries grouped by the article they were written on, newest first: notes by creation time
 * within an article, and articles by their newest note (the reader's latest work comes first).
 */
export function groupByArticle(entries: readonly LibraryEntry[]): ArticleGroup[] {
  const newestFirst = [...entries].sort(
    (a, b) => b.note.createdAt - a.note.createdAt || a.note.id.localeCompare(b.note.id),
  );
  const groups = new Map<string, ArticleGroup>();
  for (const entry of newestFirst) {
    const group = groups.get(entry.article.key);
    if (group) group.entries.push(entry);
    else groups.set(entry.article.key, { article: entry.article, entries: [entry] });
  }
  // Map keeps insertion order: each group was created at its newest note.
  return [...groups.values()];
}
