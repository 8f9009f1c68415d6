import type { NoteRecord } from '../lib/store/note-record';
import { noteColorTint } from './NoteEditor';

export interface NoteCardProps {
  note: NoteRecord;
  /** True once the reader deleted it: the card then offers to bring it back. */
  deleted?: boolean;
  /** Why the last action failed, in words the reader can act on. */
  error?: string;
  onEdit: () => void;
  onDelete: () => void;
  onUndo: () => void;
  /** Set when the note's passage is (in) a claim: opens that claim's card. */
  onOpenClaim?: () => void;
}

/** One of the reader's notes, opened from its highlight: read it, edit it, delete it (with undo). */
export function NoteCard({
  note,
  deleted = false,
  error,
  onEdit,
  onDelete,
  onUndo,
  onOpenClaim,
}: NoteCardProps) {
  return (
    <section class="card" role="dialog" aria-label="Your note">
      <div class="head">
        <span class="swatch" style={{ background: noteColorTint(note.color) }} aria-hidden="true" />
        <h2 class="name">Your note</h2>
        <span class="muted">{noteDate(note)}</span>
      </div>
      {deleted ? (
        <p class="role" role="status">
          Note deleted.
        </p>
      ) : (
        <>
          <p class="note-body" dir="auto">
            {note.body}
          </p>
          {note.tags.length > 0 && <p class="muted">{note.tags.map((tag) => `#${tag}`).join(' ')}</p>}
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        {deleted ? (
          <button type="button" onClick={onUndo}>
            Undo
          </button>
        ) : (
          <>
            <button type="button" onClick={onEdit}>
              Edit
            </button>
            <button type="button" onClick={onDelete}>
              Delete note
            </button>
            {onOpenClaim && (
              <button type="button" class="link" onClick={onOpenClaim}>
                Show the claim
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** "13 Mar 2025", or "edited 14 Mar 2025" once the note has changed since it was written. */
export function noteDate(note: Pick<NoteRecord, 'createdAt' | 'updatedAt'>): string {
  const format = (time: number) =>
    new Date(time).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return note.updatedAt - note.createdAt > 60_000
    ? `edited ${format(note.updatedAt)}`
    : format(note.createdAt);
}
