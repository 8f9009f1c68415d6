import { NOTE_COLORS, type NoteRecord } from '../note-record';
import { isRecord } from './is-record';

/**
 * What a note has that W3C and Hypothesis annotations have no field for. Our exports keep it under
 * one extra property ("ahramLens" / "ahram_lens"), which other tools ignore, so exporting and
 * importing again gives back exactly the same note.
 */
export interface LensExtras {
  color: string;
  articleTitle: string;
  articleKey: string;
  actorId?: string;
  actorName?: string;
  claim?: { start: number; end: number };
}

/** The colour a note gets when its file has none we know: the first, default highlight. */
export const DEFAULT_COLOR = NOTE_COLORS[0];

export function lensExtras(note: NoteRecord): LensExtras {
  const extras: LensExtras = {
    color: note.color,
    articleTitle: note.articleTitle,
    articleKey: note.articleKey,
  };
  if (note.actorId !== undefined) extras.actorId = note.actorId;
  if (note.actorName !== undefined) extras.actorName = note.actorName;
  if (note.claim !== undefined) extras.claim = { start: note.claim.start, end: note.claim.end };
  return extras;
}

/**
 * The extras of an imported annotation, field by field: a field of the wrong type is dropped (the
 * caller uses its default), an unknown colour becomes the default one. A claim is passed on as it
 * is, for noteProblem to judge.
 */
export function readLensExtras(value: unknown): Partial<LensExtras> & { color: string } {
  const source = isRecord(value) ? value : {};
  const extras: Partial<LensExtras> & { color: string } = {
    color: (NOTE_COLORS as readonly unknown[]).includes(source.color)
      ? (source.color as string)
      : DEFAULT_COLOR,
  };
  if (typeof source.articleTitle === 'string') extras.articleTitle = source.articleTitle;
  if (typeof source.articleKey === 'string' && source.articleKey !== '')
    extras.articleKey = source.articleKey;
  if (typeof source.actorId === 'string') extras.actorId = source.actorId;
  if (typeof source.actorName === 'string') extras.actorName = source.actorName;
  if (source.claim !== undefined) extras.claim = source.claim as LensExtras['claim'];
  return extras;
}

/**
 * An imported note's attachment to an actor or a claim, from its extras: only the fields that are
 * set (absent, never undefined), the claim as it came, for noteProblem to judge.
 */
export function importedAttachment(
  extras: Partial<LensExtras>,
): Pick<LensExtras, 'actorId' | 'actorName' | 'claim'> {
  const attachment: Pick<LensExtras, 'actorId' | 'actorName' | 'claim'> = {};
  if (extras.actorId !== undefined) attachment.actorId = extras.actorId;
  if (extras.actorName !== undefined) attachment.actorName = extras.actorName;
  if (extras.claim !== undefined) attachment.claim = extras.claim;
  return attachment;
}
