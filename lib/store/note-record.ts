import type { TextSelector } from '../anchoring/selectors';

/** A reader's note, as stored (schema v1). */
export interface NoteRecord {
  id: string;
  /** articleKey() of the page it was written on. */
  articleKey: string;
  url: string;
  articleTitle: string;
  /** Where the noted passage is: quote and position over the article text. Empty for a note on an actor. */
  selectors: TextSelector[];
  body: string;
  tags: string[];
  color: string;
  /** Set when the note is on an actor (it then shows in that actor's card on every article). */
  actorId?: string;
  /** The actor's name as the article gave it, shown with a note on an actor. */
  actorName?: string;
  /** Set when the note is on a claim: the claim's span in the article text. */
  claim?: { start: number; end: number };
  createdAt: number;
  updatedAt: number;
}

/** An article the reader has opened, for the notes library and the reading history. */
export interface ArticleRecord {
  key: string;
  url: string;
  title: string;
  publishedAt?: string;
  lastVisitedAt: number;
  /** Actors seen in it: "seen in N articles you read". */
  actorIds: string[];
  /** Their names as this article gave them, for the notes library's actor filter. */
  actorNames?: Record<string, string>;
  /** The notes on this article whose passage was not found at the last visit (orphans). */
  unanchoredNoteIds?: string[];
}

export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type NoteColor = (typeof NOTE_COLORS)[number];

/** Why a record is not a note we can keep, or null when it is one. Nothing from outside is trusted. */
export function noteProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const note = value as Record<string, unknown>;
  const text = (key: string) => typeof note[key] === 'string';
  if (!text('id') || (note.id as string).length === 0) return 'no id';
  if (!text('articleKey') || !text('url') || !text('articleTitle')) return 'no article';
  if (!text('body')) return 'no body';
  if (!Array.isArray(note.tags) || !note.tags.every((tag) => typeof tag === 'string'))
    return 'tags are not strings';
  if (!text('color') || !(NOTE_COLORS as readonly string[]).includes(note.color as string))
    return 'unknown colour';
  if (!Array.isArray(note.selectors) || !note.selectors.every(isSelector)) return 'bad selectors';
  if (note.actorId !== undefined && !text('actorId')) return 'bad actor id';
  if (note.actorName !== undefined && !text('actorName')) return 'bad actor name';
  if (note.claim !== undefined && !isSpan(note.claim)) return 'bad claim';
  if (note.selectors.length === 0 && note.actorId === undefined) return 'attached to nothing';
  if (!Number.isFinite(note.createdAt) || !Number.isFinite(note.updatedAt)) return 'bad times';
  return null;
}

/** Why a record is not an article visit we can keep, or null when it is one. */
export function articleRecordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const article = value as Record<string, unknown>;
  if (typeof article.key !== 'string' || article.key.length === 0) return 'no key';
  if (typeof article.url !== 'string' || typeof article.title !== 'string') return 'no address or title';
  if (article.publishedAt !== undefined && typeof article.publishedAt !== 'string') return 'bad date';
  if (!Number.isFinite(article.lastVisitedAt)) return 'bad visit time';
  if (!isStringArray(article.actorIds)) return 'actor ids are not strings';
  if (article.unanchoredNoteIds !== undefined && !isStringArray(article.unanchoredNoteIds))
    return 'note ids are not strings';
  if (
    article.actorNames !== undefined &&
    (typeof article.actorNames !== 'object' ||
      article.actorNames === null ||
      !Object.values(article.actorNames).every((name) => typeof name === 'string'))
  )
    return 'actor names are not strings';
  return null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isSpan(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const span = value as Record<string, unknown>;
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    (span.end as number) > (span.start as number)
  );
}

function isSelector(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const selector = value as Record<string, unknown>;
  if (selector.type === 'TextQuoteSelector') {
    return (
      typeof selector.exact === 'string' &&
      typeof selector.prefix === 'string' &&
      typeof selector.suffix === 'string'
    );
  }
  if (selector.type === 'TextPositionSelector') {
    return (
      Number.isInteger(selector.start) &&
      Number.isInteger(selector.end) &&
      (selector.end as number) > (selector.start as number)
    );
  }
  return false;
}
