import type { NoteRecord } from '../lib/store/note-record';
import { noteDate } from './NoteCard';
import { noteColorTint } from './NoteEditor';

export interface ReaderNotesProps {
  notes: NoteRecord[];
}

/** The reader's own notes inside a card (on an actor, on a claim); nothing at all when there are none. */
export function ReaderNotes({ notes }: ReaderNotesProps) {
  if (notes.length === 0) return null;
  return (
    <>
      <p class="section-title muted">Your notes</p>
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
    </>
  );
}
