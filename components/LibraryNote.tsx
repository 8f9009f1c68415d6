import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { colorName } from '../lib/library/color-names';
import { formatDay, formatDayAndTime } from '../lib/library/format-day';
import type { LibraryEntry } from '../lib/library/library-entry';
import type { NoteEdit } from '../lib/library/note-edit';
import { LibraryNoteEditor } from './LibraryNoteEditor';
import { noteColorTint } from './NoteEditor';

export interface LibraryNoteProps {
  entry: LibraryEntry;
  /** Set while the note is being edited. */
  draft?: NoteEdit;
  /** Take the keyboard focus when shown (the note was just brought back by "Undo"). */
  focus?: boolean;
  onEdit: () => void;
  onDraftChange: (patch: Partial<NoteEdit>) => void;
  onSave: () => void;
  onCancel: () => void;
  onDelete: () => void;
}

/** An edit counts as one when it came more than a minute after the note was written. */
const EDIT_THRESHOLD_MS = 60_000;

/** One note in the library: what it is on, its words, tags, colour and dates, and what can be done. */
export function LibraryNote({
  entry,
  draft,
  focus,
  onEdit,
  onDraftChange,
  onSave,
  onCancel,
  onDelete,
}: LibraryNoteProps) {
  const { note, quote, orphan } = entry;
  const item = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = draft !== undefined;
  const wasEditing = useRef(editing);
  // A layout effect: the focus moves in the same frame the button it was on goes away.
  useLayoutEffect(() => {
    // Opening the editor puts the focus in it; leaving it (saved or cancelled) puts the focus back
    // where the reader started. Only on the change: a note shown again by a filter takes nothing.
    if (!wasEditing.current && editing) item.current?.querySelector('textarea')?.focus();
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  useEffect(() => {
    if (focus) item.current?.focus();
  }, [focus]);
  const edited = note.updatedAt - note.createdAt > EDIT_THRESHOLD_MS;
  return (
    <li
      ref={item}
      class={orphan ? 'note orphaned' : 'note'}
      data-note-id={note.id}
      tabIndex={-1}
      style={{ '--tint': noteColorTint(note.color) }}
    >
      {(note.actorId || note.actorName) && (
        <p class="on-actor">
          On <span dir="auto">{note.actorName || 'an actor'}</span>
        </p>
      )}
      {orphan && <p class="orphan-flag">Not found on the page at your last visit</p>}
      {quote && <blockquote dir="auto">{quote}</blockquote>}
      {draft ? (
        <LibraryNoteEditor
          noteId={note.id}
          draft={draft}
          onChange={onDraftChange}
          onSave={onSave}
          onCancel={onCancel}
        />
      ) : (
        <>
          <p class="note-body" dir="auto">
            {note.body}
          </p>
          {note.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {note.tags.map((tag) => (
                <li key={tag} dir="auto">
                  #{tag}
                </li>
              ))}
            </ul>
          )}
          <div class="note-footer">
            <p class="meta">
              <span class="swatch" style={{ background: noteColorTint(note.color) }} aria-hidden="true" />
              {colorName(note.color)}
              {' · '}
              Noted{' '}
              <time
                dateTime={new Date(note.createdAt).toISOString()}
                title={formatDayAndTime(note.createdAt)}
              >
                {formatDay(note.createdAt)}
              </time>
              {edited && (
                <>
                  {' · '}
                  edited{' '}
                  <time
                    dateTime={new Date(note.updatedAt).toISOString()}
                    title={formatDayAndTime(note.updatedAt)}
                  >
                    {formatDay(note.updatedAt)}
                  </time>
                </>
              )}
            </p>
            <div class="actions">
              <button ref={editButton} type="button" class="button" onClick={onEdit}>
                Edit note
              </button>
              <button type="button" class="button danger" onClick={onDelete}>
                Delete note
              </button>
            </div>
          </div>
        </>
      )}
    </li>
  );
}
