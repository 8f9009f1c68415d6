import type { TextSelector } from '../../anchoring/selectors';
import type { NoteRecord } from '../note-record';

/**
 * A copy of a note (already checked by noteProblem) with only the fields a note has, in one fixed
 * order: an imported record brings no stray properties into the database, and an exported one is
 * written the same way whatever order its fields were set in.
 */
export function canonicalNote(note: NoteRecord): NoteRecord {
  const copy: NoteRecord = {
    id: note.id,
    articleKey: note.articleKey,
    url: note.url,
    articleTitle: note.articleTitle,
    selectors: note.selectors.map(canonicalSelector),
    body: note.body,
    tags: [...note.tags],
    color: note.color,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
  if (note.actorId !== undefined) copy.actorId = note.actorId;
  if (note.actorName !== undefined) copy.actorName = note.actorName;
  if (note.claim !== undefined) copy.claim = { start: note.claim.start, end: note.claim.end };
  return copy;
}

function canonicalSelector(selector: TextSelector): TextSelector {
  if (selector.type === 'TextQuoteSelector') {
    return { type: selector.type, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
  }
  return { type: selector.type, start: selector.start, end: selector.end };
}
