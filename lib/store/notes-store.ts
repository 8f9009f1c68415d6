import { type ArticleRecord, type NoteRecord, noteProblem } from './note-record';
import type { NotesDatabase } from './notes-db';
import { InvalidNoteError, NoteConflictError, NotesBlockedError } from './store-errors';

/** A stored record that is not a note we can show (damaged on disk, or written by a bug): kept as it is. */
export interface DamagedRecord {
  id: string;
  problem: string;
}

/**
 * Reading and writing notes. Every write is checked first; an update names the `updatedAt` it
 * started from, and is refused if the stored note has moved on since (two tabs never silently
 * overwrite each other). Deleting returns the note, so the reader can undo.
 */
export class NotesStore {
  /** True while an upgrade waits for an older version's connection to close. */
  private blocked = false;

  constructor(private readonly db: NotesDatabase) {
    db.on('blocked', () => {
      this.blocked = true;
    });
    db.on('ready', () => {
      this.blocked = false;
    });
  }

  /**
   * The database, open. A blocked upgrade would leave every request hanging (IndexedDB waits for
   * the old connection without end), so the reader is told at once instead; the upgrade itself
   * goes on waiting and completes when the old page closes.
   */
  private async ready(): Promise<void> {
    if (this.db.isOpen()) return;
    if (this.blocked) throw new NotesBlockedError();
    let onBlocked = () => {};
    const blocked = new Promise<never>((_, reject) => {
      onBlocked = () => reject(new NotesBlockedError());
      this.db.on('blocked', onBlocked);
    });
    try {
      await Promise.race([this.db.open(), blocked]);
    } finally {
      this.db.on('blocked').unsubscribe(onBlocked);
    }
  }

  async create(note: NoteRecord): Promise<NoteRecord> {
    const problem = noteProblem(note);
    if (problem) throw new InvalidNoteError(`Cannot save this note: ${problem}.`);
    await this.ready();
    await this.db.notes.add(note);
    return note;
  }

  async update(note: NoteRecord, basedOnUpdatedAt: number, now = Date.now()): Promise<NoteRecord> {
    const problem = noteProblem(note);
    if (problem) throw new InvalidNoteError(`Cannot save this note: ${problem}.`);
    await this.ready();
    return this.db.transaction('rw', this.db.notes, async () => {
      const current = await this.db.notes.get(note.id);
      if (current && current.updatedAt !== basedOnUpdatedAt) throw new NoteConflictError(current);
      const saved = { ...note, updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1) };
      await this.db.notes.put(saved);
      return saved;
    });
  }

  async remove(id: string): Promise<NoteRecord | undefined> {
    await this.ready();
    return this.db.transaction('rw', this.db.notes, async () => {
      const note = await this.db.notes.get(id);
      if (note) await this.db.notes.delete(id);
      return note;
    });
  }

  /** The notes on one article, and the notes on actors it mentions, oldest first. */
  async forArticle(articleKey: string, actorIds: readonly string[] = []): Promise<NoteRecord[]> {
    await this.ready();
    const onArticle = await this.db.notes.where('articleKey').equals(articleKey).toArray();
    const onActors =
      actorIds.length > 0
        ? await this.db.notes
            .where('actorId')
            .anyOf([...actorIds])
            .toArray()
        : [];
    const byId = new Map([...onArticle, ...onActors].map((note) => [note.id, note]));
    // A damaged record is left on disk for the library to report, never painted on a page.
    return [...byId.values()]
      .filter((note) => noteProblem(note) === null)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * Every note, newest first, and every article read: what the notes library shows. Records that
   * are not valid notes are listed apart with what is wrong with them, and left untouched.
   */
  async everything(): Promise<{ notes: NoteRecord[]; articles: ArticleRecord[]; damaged: DamagedRecord[] }> {
    await this.ready();
    const [stored, articles] = await Promise.all([
      this.db.notes.orderBy('updatedAt').reverse().toArray(),
      this.db.articles.orderBy('lastVisitedAt').reverse().toArray(),
    ]);
    const notes: NoteRecord[] = [];
    const damaged: DamagedRecord[] = [];
    for (const record of stored) {
      const problem = noteProblem(record);
      if (problem) damaged.push({ id: String((record as { id?: unknown }).id), problem });
      else notes.push(record);
    }
    return { notes, articles, damaged };
  }

  /**
   * Adds imported notes in one transaction: a note whose id is kept already is left as it is (an
   * import never changes or loses a saved note), and a note that fails the checks stops nothing.
   */
  async importNotes(notes: readonly NoteRecord[]): Promise<{ added: number; alreadyKept: number }> {
    const valid = notes.filter((note) => noteProblem(note) === null);
    await this.ready();
    return this.db.transaction('rw', this.db.notes, async () => {
      const kept = new Set(
        (await this.db.notes.bulkGet(valid.map((note) => note.id))).flatMap((note) =>
          note ? [note.id] : [],
        ),
      );
      const fresh = new Map<string, NoteRecord>();
      for (const note of valid) if (!kept.has(note.id) && !fresh.has(note.id)) fresh.set(note.id, note);
      await this.db.notes.bulkAdd([...fresh.values()]);
      return { added: fresh.size, alreadyKept: notes.length - fresh.size };
    });
  }

  /**
   * Records a visit to an article (the latest visit replaces the earlier one) and answers what the
   * reader's history knows of its actors: in how many other articles each was met, and the
   * reader's notes on them.
   */
  async recordVisit(
    article: ArticleRecord,
  ): Promise<{ seenIn: Record<string, number>; actorNotes: NoteRecord[] }> {
    await this.ready();
    return this.db.transaction('rw', this.db.articles, this.db.notes, async () => {
      await this.db.articles.put(article);
      const seenIn: Record<string, number> = {};
      for (const actorId of article.actorIds) {
        const count = await this.db.articles.where('actorIds').equals(actorId).count();
        seenIn[actorId] = Math.max(0, count - 1);
      }
      const actorNotes =
        article.actorIds.length > 0
          ? await this.db.notes.where('actorId').anyOf(article.actorIds).toArray()
          : [];
      return { seenIn, actorNotes: actorNotes.sort((a, b) => a.createdAt - b.createdAt) };
    });
  }
}
