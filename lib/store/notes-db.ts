import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord, NoteRecord } from './note-record';

export const DATABASE_NAME = 'ahram-lens';

/**
 * The reader's notes and reading history. Opened only in the background (the extension's own
 * origin): a database opened from a content script would live in the page's origin, where page
 * scripts could read it. Each schema change is a new Dexie version, never an edit of an old one.
 */
export class NotesDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  articles!: EntityTable<ArticleRecord, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      notes: 'id, articleKey, actorId, updatedAt, *tags',
      articles: 'key, lastVisitedAt, *actorIds',
    });
  }
}
