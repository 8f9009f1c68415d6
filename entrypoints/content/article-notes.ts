import type { NoteDraft } from '../../components/NoteEditor';
import { anchorPassage } from '../../lib/anchoring/anchor-passage';
import { describePassage } from '../../lib/anchoring/selectors';
import type { ArticleView } from '../../lib/messages';
import { newNoteId } from '../../lib/store/new-note-id';
import type { NoteRecord } from '../../lib/store/note-record';
import type { NoteSubject } from './card-contents';
import type { Passage } from './note-capture';
import type { PaintedNote } from './painter';

/** The notes found again in this article's text (re-anchored on every reading). */
export function anchorNotes(text: string, notes: readonly NoteRecord[]): PaintedNote[] {
  const painted: PaintedNote[] = [];
  for (const note of notes) {
    if (note.selectors.length === 0) continue;
    const anchor = anchorPassage(text, note.selectors);
    if (anchor) painted.push({ start: anchor.start, end: anchor.end, id: note.id, color: note.color });
  }
  return painted;
}

/** The notes on passages of this article, each with whether its passage is found in `text`. */
function withAnchoring(text: string, notes: readonly NoteRecord[]): { note: NoteRecord; found: boolean }[] {
  const anchored = new Set(anchorNotes(text, notes).map((note) => note.id));
  return notes
    .filter((note) => note.selectors.length > 0)
    .map((note) => ({ note, found: anchored.has(note.id) }));
}

/** The notes whose passage is not in `text` (orphans: kept, never deleted). */
export function unanchoredNoteIds(text: string, notes: readonly NoteRecord[]): string[] {
  return withAnchoring(text, notes).flatMap(({ note, found }) => (found ? [] : [note.id]));
}

/** The article's notes as the popup lists them: words, tags, and whether their passage was found. */
export function notesListed(text: string, notes: readonly NoteRecord[]): ArticleView['notes'] {
  return withAnchoring(text, notes).map(({ note, found }) => ({
    id: note.id,
    body: note.body,
    tags: note.tags,
    color: note.color,
    quote: note.selectors.find((selector) => selector.type === 'TextQuoteSelector')?.exact ?? '',
    found,
  }));
}

/** Where a new note is written: the article's key, address, title and text. */
export interface NoteOrigin {
  key: string;
  url: string;
  title: string;
  text: string;
}

/** A new note record (not yet saved) on a passage, a claim or an actor of this article. */
export function newNoteRecord(
  origin: NoteOrigin,
  subject: Passage | NoteSubject,
  draft: NoteDraft,
  now = Date.now(),
): NoteRecord {
  const common = {
    id: newNoteId(),
    articleKey: origin.key,
    url: origin.url,
    articleTitle: origin.title,
    ...draft,
    createdAt: now,
    updatedAt: now,
  };
  if ('actor' in subject) {
    return { ...common, selectors: [], actorId: subject.actor.id, actorName: subject.actor.name };
  }
  if ('claim' in subject) {
    const { start, end } = subject.claim;
    return { ...common, selectors: describePassage(origin.text, start, end), claim: { start, end } };
  }
  return { ...common, selectors: describePassage(origin.text, subject.start, subject.end) };
}
