import { useState } from 'preact/hooks';
import { formatTags, parseTags } from '../lib/library/parse-tags';
import { NOTE_COLORS, type NoteColor } from '../lib/store/note-record';

/** What the reader writes: the note's words, its tags and colour. */
export interface NoteDraft {
  body: string;
  tags: string[];
  color: NoteColor;
}

export interface NoteEditorProps {
  /** What the note is on, shown so the reader knows what they are annotating: a passage's words, or
   * "Benjamin Netanyahu" for a note on an actor. */
  quote: string;
  /** The dialog's name: "New note", "Edit note", "Note on …". */
  heading?: string;
  /** The note being edited; a new note starts empty and yellow. */
  initial?: NoteDraft;
  /** Why the last save failed; the text typed so far stays. */
  error?: string;
  saving: boolean;
  onSave: (note: NoteDraft) => void;
  onCancel: () => void;
}

const SWATCHES: Record<NoteColor, string> = {
  yellow: '#fff3a3',
  green: '#c9f2c2',
  blue: '#cfe6ff',
  pink: '#ffd3e6',
  purple: '#e6d8ff',
};

export function noteColorTint(color: string): string {
  return SWATCHES[color as NoteColor] ?? SWATCHES.yellow;
}

/** Writing a note on a passage: its words, tags, a colour; saved only when the reader says so. */
export function NoteEditor({
  quote,
  heading = 'New note',
  initial,
  error,
  saving,
  onSave,
  onCancel,
}: NoteEditorProps) {
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState(formatTags(initial?.tags ?? []));
  const [color, setColor] = useState<NoteColor>(initial?.color ?? 'yellow');
  const save = () => onSave({ body: body.trim(), tags: parseTags(tags), color });
  return (
    <section class="card" role="dialog" aria-label={heading}>
      <p class="claim-quote" dir="auto">
        {quote.length > 160 ? `${quote.slice(0, 159)}…` : quote}
      </p>
      <label class="field">
        Note
        <textarea
          dir="auto"
          rows={4}
          value={body}
          onInput={(event) => setBody((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label class="field">
        Tags (comma-separated)
        <input
          type="text"
          value={tags}
          onInput={(event) => setTags((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <fieldset class="row colours">
        <legend>Colour</legend>
        {NOTE_COLORS.map((option) => (
          <label key={option} class="swatch-label" style={{ background: SWATCHES[option] }}>
            <input
              type="radio"
              name="note-colour"
              aria-label={option}
              checked={color === option}
              onChange={() => setColor(option)}
            />
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" disabled={saving || body.trim() === ''} onClick={save}>
          Save note
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
