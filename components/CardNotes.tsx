import type { NoteRecord } from '../lib/store/note-record';
import { noteDate } from './NoteCard';
import { noteColorTint } from './NoteEditor';

export interface CardNotesProps {
  notes: NoteRecord[];
  onAddNote: () => void;
}

/** The reader's own notes inside a card (on an actor, on a claim), and "Add note" for another. */
export function CardNotes({ notes, onAddNote }: CardNotesProps) {
  return (
    <>
      {notes.length > 0 && <p class="section-title muted">Your notes</p>}
      {notes.length > 0 && (
        <ul class="claims reader-notes">
          {notes.map((note) => (
            <li key={note.id} style={{ borderInlineStartColor: noteColorTint(note.color) }}>
              <p class="note-body" dir="auto">
                {note.body}
              </p>
              <p class="muted">
                {noteDate(note)}
                {note.articleTitle ? ' · ' : ''}
                <span dir="auto">{note.articleTitle}</span>
                {note.tags.length > 0 ? ` · ${note.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" onClick={onAddNote}>
          Add note
        </button>
      </div>
    </>
  );
}
