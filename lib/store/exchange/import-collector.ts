import { type NoteRecord, noteProblem } from '../note-record';
import { canonicalNote } from './canonical-note';
import type { ExchangeFormat, ImportReport, SkippedItem } from './exchange-format';

/** Longest note body an import accepts: anything longer is not a reader's note but a damaged or hostile file. */
export const MAX_BODY_LENGTH = 100_000;

/** What reading one record of a file gave: a candidate note (still unchecked), or why there is none. */
export type NoteReading = { note: unknown } | { skip: string };

/**
 * Gathers the notes of one imported file, record by record. Every candidate must pass noteProblem,
 * fit the size limit and not repeat an id already taken from this file; whatever fails is set
 * aside with its reason, and the rest of the file still comes through.
 */
export class ImportCollector {
  private readonly notes: NoteRecord[] = [];
  private readonly skipped: SkippedItem[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly format: ExchangeFormat) {}

  take(item: string, reading: NoteReading): void {
    if ('skip' in reading) {
      this.skipped.push({ item, reason: reading.skip });
      return;
    }
    const reason = this.problem(reading.note);
    if (reason) {
      this.skipped.push({ item, reason });
      return;
    }
    const note = canonicalNote(reading.note as NoteRecord);
    this.ids.add(note.id);
    this.notes.push(note);
  }

  report(): ImportReport {
    return { format: this.format, notes: [...this.notes], skipped: [...this.skipped] };
  }

  private problem(candidate: unknown): string | null {
    const problem = noteProblem(candidate);
    if (problem) return problem;
    const note = candidate as NoteRecord;
    if (note.body.length > MAX_BODY_LENGTH)
      return `the note is longer than ${MAX_BODY_LENGTH.toLocaleString('en')} characters`;
    // The first copy wins: a later one may be an older edit pasted into the same file.
    if (this.ids.has(note.id)) return 'the same note twice in this file';
    return null;
  }
}

/** How a skipped record is named: its place in the file, and its id when it has a readable one. */
export function itemLabel(kind: 'note' | 'annotation', index: number, id?: unknown): string {
  const place = `${kind} ${index + 1}`;
  if (typeof id !== 'string' || id.trim() === '') return place;
  const shown = id.length > 60 ? `${id.slice(0, 59)}…` : id;
  return `${place} (${shown})`;
}
