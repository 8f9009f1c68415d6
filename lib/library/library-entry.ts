import type { NotesLibraryData } from '../messages';
import type { ArticleRecord, NoteRecord } from '../store/note-record';
import { foldForSearch } from './fold-for-search';

type NotesAndArticles = Pick<NotesLibraryData, 'notes' | 'articles'>;

/** The article a note was written on, as the library shows it. */
export interface LibraryArticle {
  key: string;
  title: string;
  url: string;
  /** The host of its address without "www.", or "" when the address is not one. */
  site: string;
  /** When the reader last opened it; unknown when no visit was recorded. */
  lastVisitedAt?: number;
  publishedAt?: string;
}

/** One note with everything the library filters and shows it by, worked out once per load. */
export interface LibraryEntry {
  note: NoteRecord;
  article: LibraryArticle;
  /** The noted passage ("" for a note on an actor). */
  quote: string;
  /** Its passage was not found at the reader's last visit to its article. */
  orphan: boolean;
  /** The note's own actor and the actors its article mentions: actorKey → name as shown. */
  actors: ReadonlyMap<string, string>;
  /** Its tags, folded. */
  tagKeys: ReadonlySet<string>;
  /** Body, quote, tags, article title and actor name, folded, for the search box. */
  searchText: string;
}

/**
 * How the library tells actors apart: by folded name, so that a note naming an actor without an
 * id (an imported one) meets the articles that mention that actor. Ids serve to give every
 * mention of one actor the same name first (see libraryEntries).
 */
export function actorKey(name: string): string {
  return foldForSearch(name);
}

/** The host a URL names, without "www."; "" when `url` is not an address. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

/** The words a note is on, from its quote selector. */
export function quoteOf(note: NoteRecord): string {
  for (const selector of note.selectors) if (selector.type === 'TextQuoteSelector') return selector.exact;
  return '';
}

/**
 * Every note joined with its article: the article record when a visit was recorded, else what the
 * note itself says of its article (visits may not be recorded yet, and imported notes come alone).
 */
export function libraryEntries({ notes, articles }: NotesAndArticles): LibraryEntry[] {
  const byKey = new Map(articles.map((article) => [article.key, article]));
  const names = actorNamesById({ notes, articles });
  const titles = titlesByArticle(notes);
  return notes.map((note) => entryFor(note, byKey.get(note.articleKey), names, titles));
}

/**
 * One title per article for notes without a visit record, so that its notes show under one
 * heading: the newest that reads as a title. A note imported from another tool may only have its
 * page's address as a title, and a note written on the page has the real one.
 */
function titlesByArticle(notes: readonly NoteRecord[]): Map<string, string> {
  const titles = new Map<string, { title: string; worded: boolean; at: number }>();
  for (const note of notes) {
    const title = note.articleTitle.trim();
    if (!title) continue;
    const worded = !looksLikeAddress(title);
    const kept = titles.get(note.articleKey);
    if (!kept || (worded && !kept.worded) || (worded === kept.worded && note.createdAt > kept.at)) {
      titles.set(note.articleKey, { title, worded, at: note.createdAt });
    }
  }
  return new Map([...titles].map(([key, { title }]) => [key, title]));
}

/** "english.ahram.org.eg/News/1.aspx" is an address standing in for a title; "Gaza talks" is not. */
function looksLikeAddress(title: string): boolean {
  return !/\s/.test(title) && /[./]/.test(title);
}

/** One name per actor id, the first the reader's notes, then their articles, give it. */
function actorNamesById({ notes, articles }: NotesAndArticles): Map<string, string> {
  const names = new Map<string, string>();
  for (const note of notes) {
    if (note.actorId && note.actorName && !names.has(note.actorId)) names.set(note.actorId, note.actorName);
  }
  for (const article of articles) {
    for (const [id, name] of Object.entries(article.actorNames ?? {}))
      if (!names.has(id)) names.set(id, name);
  }
  return names;
}

function entryFor(
  note: NoteRecord,
  record: ArticleRecord | undefined,
  names: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string>,
): LibraryEntry {
  const url = record?.url || note.url;
  const article: LibraryArticle = {
    key: note.articleKey,
    title: record?.title || titles.get(note.articleKey) || url,
    url,
    site: siteOf(url),
    ...(record ? { lastVisitedAt: record.lastVisitedAt } : {}),
    ...(record?.publishedAt ? { publishedAt: record.publishedAt } : {}),
  };
  const quote = quoteOf(note);
  const actors = new Map<string, string>();
  const add = (name: string | undefined) => {
    if (name?.trim() && !actors.has(actorKey(name))) actors.set(actorKey(name), name.trim());
  };
  add((note.actorId && names.get(note.actorId)) || note.actorName);
  for (const id of record?.actorIds ?? []) add(names.get(id));
  for (const [id, name] of Object.entries(record?.actorNames ?? {})) add(names.get(id) ?? name);
  return {
    note,
    article,
    quote,
    orphan: record?.unanchoredNoteIds?.includes(note.id) ?? false,
    actors,
    tagKeys: new Set(note.tags.map(foldForSearch)),
    searchText: foldForSearch(
      [note.body, quote, note.tags.join(' '), article.title, note.actorName ?? ''].join('\n'),
    ),
  };
}
