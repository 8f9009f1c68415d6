import type { NoteRecord } from '../note-record';

/**
 * The notes in the order every export writes them: by article, then oldest first, then by id.
 * The order is total, so exporting the same notes twice gives the same text. Plain code-unit
 * comparison, not localeCompare, so the order does not depend on the reader's locale.
 */
export function inExportOrder(notes: readonly NoteRecord[]): NoteRecord[] {
  return [...notes].sort(
    (a, b) => compareText(a.articleKey, b.articleKey) || a.createdAt - b.createdAt || compareText(a.id, b.id),
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
