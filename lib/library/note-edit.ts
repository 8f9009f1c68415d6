import { NOTE_COLORS, type NoteColor, type NoteRecord } from '../store/note-record';
import { formatTags, parseTags } from './parse-tags';

/**
 * A note being edited in the library: what the reader has typed so far, kept apart from the
 * stored note so that nothing typed is lost when a save fails or the list is read again.
 */
export interface NoteEdit {
  body: string;
  /** The tags as typed, comma-separated. */
  tags: string;
  color: NoteColor;
  /** The `updatedAt` of the stored note this edit started from: the save is refused if it moved on. */
  basedOnUpdatedAt: number;
  saving: boolean;
  /** Why the last save failed. */
  error?: string;
  /** The note as another tab saved it meanwhile, when the last save met that conflict. */
  theirs?: NoteRecord;
}

export function editOf(note: NoteRecord): NoteEdit {
  return {
    body: note.body,
    tags: formatTags(note.tags),
    color: (NOTE_COLORS as readonly string[]).includes(note.color) ? (note.color as NoteColor) : 'yellow',
    basedOnUpdatedAt: note.updatedAt,
    saving: false,
  };
}

/**
 * The note with the draft's words, tags and colour, and the `updatedAt` to send with it: after a
 * conflict, the other tab's version, which the reader has seen and chosen to replace.
 */
export function applyEdit(note: NoteRecord, draft: NoteEdit): { note: NoteRecord; basedOnUpdatedAt: number } {
  return {
    note: { ...note, body: draft.body.trim(), tags: parseTags(draft.tags), color: draft.color },
    basedOnUpdatedAt: draft.theirs?.updatedAt ?? draft.basedOnUpdatedAt,
  };
}
