import type { ArticleView } from '../lib/messages';
import { noteColorTint } from './NoteEditor';

export interface NotesSectionProps {
  notes: ArticleView['notes'];
  /** The notes library page, where every note across articles is. */
  libraryUrl: string;
}

/** The reader's notes on this article; a note whose passage is gone is kept and flagged. */
export function NotesSection({ notes, libraryUrl }: NotesSectionProps) {
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      {notes.length === 0 ? (
        <p class="empty">No notes on this article yet: select a passage on the page and choose “Add note”.</p>
      ) : (
        <ul class="notes">
          {notes.map((note) => (
            <li key={note.id} style={{ borderInlineStartColor: noteColorTint(note.color) }}>
              <p class="note-quote" dir="auto">
                “{note.quote}”
              </p>
              {!note.found && (
                <p class="orphan">Not found on this page (the passage was changed or removed).</p>
              )}
              <p dir="auto">{note.body}</p>
              {note.tags.length > 0 && <p class="meta">{note.tags.map((tag) => `#${tag}`).join(' ')}</p>}
            </li>
          ))}
        </ul>
      )}
      <a class="library-link" href={libraryUrl} target="_blank" rel="noopener">
        All your notes (notes library)
      </a>
    </section>
  );
}
