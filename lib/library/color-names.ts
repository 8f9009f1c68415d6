import type { NoteColor } from '../store/note-record';

/** Each note colour's name, said alongside its swatch: colour alone tells nothing to many readers. */
export const COLOR_NAMES: Record<NoteColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The name of a stored colour (an imported note may carry one we do not know). */
export function colorName(color: string): string {
  return COLOR_NAMES[color as NoteColor] ?? color;
}
