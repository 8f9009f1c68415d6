import Dexie from 'dexie';
import type { NoteRecord } from './note-record';

/** The note changed elsewhere (another tab) since this copy was read: the reader must choose. */
export class NoteConflictError extends Error {
  constructor(readonly current: NoteRecord) {
    super(
      'This note was changed in another tab since you opened it. Close this editor and open the note again to see that version.',
    );
  }
}

/** A note that cannot be stored as it is, with the reason. */
export class InvalidNoteError extends Error {}

/**
 * The database is being upgraded, and a page of an older Ahram Lens still holds it open. The
 * upgrade resumes by itself once that page is closed; until then nothing can be read or saved.
 */
export class NotesBlockedError extends Error {
  constructor() {
    super(
      'Your notes are being upgraded, but another Ahram Lens tab or window still has them open. Close it and try again: nothing is lost.',
    );
  }
}

/**
 * Errors as the reader reads them. A full disk says so and says that the note is not lost (it stays
 * in the editor); the database's own errors are named as such; ours already speak plainly.
 */
export function readableError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your browser has no room left for Ahram Lens: the note was not saved. It is still in the editor; free some disk space and save again.';
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Dexie.DexieError) {
    return `Ahram Lens could not reach your notes (${message}). Nothing saved before is lost; try again.`;
  }
  return message;
}

/** Quota errors come bare (DOMException) or wrapped by Dexie (its own class, or inside a bulk error). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (typeof name === 'string' && /QuotaExceeded/i.test(name)) return true;
  if (inner && isQuotaError(inner)) return true;
  return Array.isArray(failures) && failures.some(isQuotaError);
}
