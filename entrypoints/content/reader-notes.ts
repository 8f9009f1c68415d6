import type { NoteDraft } from '../../components/NoteEditor';
import type { ActorHistory } from '../../lib/messages';
import type { NoteRecord } from '../../lib/store/note-record';
import { askBackground } from '../../utils/ask-background';

/**
 * The reader's notes as this page knows them: the notes on this article (passages and claims)
 * and the notes on its actors from any article, with the reading history. Every change goes to
 * the background's database first; only what it saved is kept here, and `onChange` repaints.
 */
export class ReaderNotes {
  /** Notes on actors, from any article, by id. */
  private actorNotes = new Map<string, NoteRecord>();
  private seenIn: Record<string, number> | null = null;

  constructor(
    private articleNotes: NoteRecord[],
    private readonly onChange: (articleNotes: readonly NoteRecord[]) => Promise<void>,
  ) {
    for (const note of articleNotes) if (note.actorId) this.actorNotes.set(note.id, note);
  }

  /** This article's notes (orphans included: they are kept, never deleted). */
  onArticle(): readonly NoteRecord[] {
    return this.articleNotes;
  }

  setHistory(history: ActorHistory): void {
    this.seenIn = history.seenIn;
    for (const note of history.actorNotes) this.actorNotes.set(note.id, note);
  }

  /** In how many other articles the reader met this actor; undefined until the history is known. */
  seenElsewhere(actorId: string): number | undefined {
    return this.seenIn?.[actorId];
  }

  onActor(actorId: string): NoteRecord[] {
    return [...this.actorNotes.values()]
      .filter((note) => note.actorId === actorId)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  onClaim(span: { start: number; end: number }): NoteRecord[] {
    return this.articleNotes.filter(
      (note) => note.claim?.start === span.start && note.claim.end === span.end,
    );
  }

  byId(id: string): NoteRecord | undefined {
    return this.articleNotes.find((note) => note.id === id) ?? this.actorNotes.get(id);
  }

  async create(note: NoteRecord): Promise<NoteRecord> {
    const saved = await askBackground({ type: 'create-note', note });
    return this.keep(saved);
  }

  /** Saves the reader's edit; refused (with the reason) if another tab changed the note meanwhile. */
  async edit(note: NoteRecord, draft: NoteDraft): Promise<NoteRecord> {
    const saved = await askBackground({
      type: 'update-note',
      note: { ...note, ...draft },
      basedOnUpdatedAt: note.updatedAt,
    });
    return this.keep(saved);
  }

  /** Deletes a note and returns it whole, so "Undo" can put it back exactly as it was. */
  async remove(note: NoteRecord): Promise<NoteRecord> {
    const removed = (await askBackground({ type: 'delete-note', id: note.id })) ?? note;
    this.articleNotes = this.articleNotes.filter((kept) => kept.id !== note.id);
    this.actorNotes.delete(note.id);
    await this.onChange(this.articleNotes);
    return removed;
  }

  private async keep(note: NoteRecord): Promise<NoteRecord> {
    if (note.actorId) this.actorNotes.set(note.id, note);
    // A note on an actor belongs to the actor, wherever it was written; the rest to this article.
    const onThisArticle = !note.actorId || this.articleNotes.some((kept) => kept.id === note.id);
    if (onThisArticle) this.articleNotes = [...this.articleNotes.filter((kept) => kept.id !== note.id), note];
    await this.onChange(this.articleNotes);
    return note;
  }
}
