import { type ArticleRecord, type NoteRecord, noteProblem } from './note-record';
import type { NotesDatabase } from './notes-db';

/** The note changed elsewhere (another tab) since this copy was read: the reader must choose. */
export class NoteConflictError extends Error {
  constructor(readonly current: NoteRecord) {
    super('This note was changed in another tab since you opened it.');
  }
}

/** A note that cannot be stored as it is, with the reason. */
export class InvalidNoteError extends Error {}

/**
 * Reading and writing notes. Every write is checked first; an update names the `updatedAt` it
 * started from, and is refused if the stored note has moved on since (two tabs never silently
 * overwrite each other). Deleting returns the note, so the reader can undo.
 */
export class NotesStore {
  constructor(private readonly db: NotesDatabase) {}

  async create(note: NoteRecord): Promise<NoteRecord> {
    const problem = noteProblem(note);
    if (problem) throw new InvalidNoteError(`Cannot save this note: ${problem}.`);
    await this.db.notes.add(note);
    return note;
  }

  async update(note: NoteRecord, basedOnUpdatedAt: number, now = Date.now()): Promise<NoteRecord> {
    const problem = noteProblem(note);
    if (problem) throw new InvalidNoteError(`Cannot save this note: ${problem}.`);
    return this.db.transaction('rw', this.db.notes, async () => {
      const current = await this.db.notes.get(note.id);
      if (current && current.updatedAt !== basedOnUpdatedAt) throw new NoteConflictError(current);
      const saved = { ...note, updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1) };
      await this.db.notes.put(saved);
      return saved;
    });
  }

  async remove(id: string): Promise<NoteRecord | undefined> {
    return this.db.transaction('rw', this.db.notes, async () => {
      const note = await this.db.notes.get(id);
      if (note) await this.db.notes.delete(id);
      return note;
    });
  }

  /** The notes on one article, and the notes on actors it mentions, oldest first. */
  async forArticle(articleKey: string, actorIds: readonly string[] = []): Promise<NoteRecord[]> {
    const onArticle = await this.db.notes.where('articleKey').equals(articleKey).toArray();
    const onActors =
      actorIds.length > 0
        ? await this.db.notes
            .where('actorId')
            .anyOf([...actorIds])
            .toArray()
        : [];
    const byId = new Map([...onArticle, ...onActors].map((note) => [note.id, note]));
    return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  async recordVisit(article: ArticleRecord): Promise<void> {
    await this.db.articles.put(article);
  }

  /** "Seen in N articles you read". */
  async articlesMentioning(actorId: string): Promise<number> {
    return this.db.articles.where('actorIds').equals(actorId).count();
  }
}
