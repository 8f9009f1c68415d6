import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord, NoteRecord } from './note-record';

export const DATABASE_NAME = 'ahram-lens';

/**
 * Every schema the database has had, oldest first. A schema change is a new entry here (with an
 * upgrade when data must change), never an edit of an old one: readers' databases were made by
 * the old ones. tests/unit/lib/store/notes-db.test.ts opens a database of each older version
 * under the current code.
 */
export const SCHEMAS = [
  {
    version: 1,
    stores: {
      notes: 'id, articleKey, actorId, updatedAt, *tags',
      articles: 'key, lastVisitedAt, *actorIds',
    },
  },
  {
    // v2: the notes library filters by the day a note was written.
    version: 2,
    stores: {
      notes: 'id, articleKey, actorId, updatedAt, createdAt, *tags',
      articles: 'key, lastVisitedAt, *actorIds',
    },
  },
] as const;

/**
 * The reader's notes and reading history. Opened only in the background (the extension's own
 * origin): a database opened from a content script would live in the page's origin, where page
 * scripts could read it.
 */
export class NotesDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  articles!: EntityTable<ArticleRecord, 'key'>;

  constructor(name = DATABASE_NAME, schemas: readonly (typeof SCHEMAS)[number][] = SCHEMAS) {
    super(name);
    for (const schema of schemas) this.version(schema.version).stores(schema.stores);
  }
}
