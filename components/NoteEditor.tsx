import { useState } from 'preact/hooks';
import { NOTE_COLORS } from '../lib/store/note-record';

export interface NoteEditorProps {
  /** The passage the note is on, shown so the reader knows what they are annotating. */
  quote: string;
  /** Why the last save failed; the text typed so far stays. */
  error?: string;
  saving: boolean;
  onSave: (note: { body: string; tags: string[]; color: (typeof NOTE_COLORS)[number] }) => void;
  onCancel: () => void;
}

const SWATCHES: Record<(typeof NOTE_COLORS)[number], string> = {
  yellow: '#fff3a3',
  green: '#c9f2c2',
  blue: '#cfe6ff',
  pink: '#ffd3e6',
  purple: '#e6d8ff',
};

export function noteColorTint(color: string): string {
  return SWATCHES[color as (typeof NOTE_COLORS)[number]] ?? SWATCHES.yellow;
}

/** Writing a note on a passage: its words, tags, a colour; saved only when the reader says so. */
export function NoteEditor({ quote, error, saving, onSave, onCancel }: NoteEditorProps) {
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [color, setColor] = useState<(typeof NOTE_COLORS)[number]>('yellow');
  const save = () =>
    onSave({
      body: body.trim(),
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      color,
    });
  return (
    <section class="card" role="dialog" aria-label="New note">
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
