import { COLOR_NAMES } from '../lib/library/color-names';
import type { NoteEdit } from '../lib/library/note-edit';
import { NOTE_COLORS } from '../lib/store/note-record';
import { noteColorTint } from './NoteEditor';

export interface LibraryNoteEditorProps {
  /** Makes the form's control ids unique on the page. */
  noteId: string;
  draft: NoteEdit;
  onChange: (patch: Partial<NoteEdit>) => void;
  onSave: () => void;
  onCancel: () => void;
}

/**
 * Editing a saved note in place: its words, tags and colour. A failed save keeps everything typed;
 * after a conflict it shows the other tab's version and lets the reader replace it knowingly.
 */
export function LibraryNoteEditor({ noteId, draft, onChange, onSave, onCancel }: LibraryNoteEditorProps) {
  const empty = draft.body.trim() === '';
  return (
    <form
      class="note-editor"
      aria-label="Edit note"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) onSave();
      }}
    >
      <label class="field">
        Note
        <textarea
          dir="auto"
          rows={4}
          value={draft.body}
          aria-invalid={empty}
          aria-describedby={empty ? `empty-${noteId}` : undefined}
          onInput={(event) => onChange({ body: (event.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      {empty && (
        <p class="hint" id={`empty-${noteId}`}>
          A note needs some words; to remove it, use “Delete note”.
        </p>
      )}
      <label class="field">
        Tags (comma-separated)
        <input
          type="text"
          dir="auto"
          value={draft.tags}
          onInput={(event) => onChange({ tags: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <fieldset class="colours">
        <legend>Colour</legend>
        {NOTE_COLORS.map((color) => (
          <label key={color} class="colour">
            <input
              type="radio"
              name={`colour-${noteId}`}
              checked={draft.color === color}
              onChange={() => onChange({ color })}
            />
            <span class="swatch" style={{ background: noteColorTint(color) }} aria-hidden="true" />
            {COLOR_NAMES[color]}
          </label>
        ))}
      </fieldset>
      {draft.error && (
        <div class="editor-error">
          <p>{draft.error}</p>
          {draft.theirs && (
            <p>
              It now reads: <q dir="auto">{draft.theirs.body}</q> Choose “Replace with mine” to save your
              version over it, or “Cancel” to keep that one.
            </p>
          )}
        </div>
      )}
      <div class="actions">
        <button type="submit" class="button primary" disabled={draft.saving || empty}>
          {draft.saving ? 'Saving…' : draft.theirs ? 'Replace with mine' : 'Save changes'}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
