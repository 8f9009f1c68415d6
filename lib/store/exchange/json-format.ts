import type { NoteRecord } from '../note-record';
import { canonicalNote } from './canonical-note';
import { isoTime } from './dates';
import { ImportError, type ImportReport } from './exchange-format';
import { inExportOrder } from './export-order';
import { ImportCollector, itemLabel } from './import-collector';

/** Marks a JSON file as ours. */
export const JSON_FORMAT_NAME = 'ahram-lens-notes';

/** The version of our JSON format this code writes and the newest it can read. */
export const JSON_FORMAT_VERSION = 1;

/** Our own JSON: every note exactly as stored, so nothing is lost. */
export function toJson(notes: readonly NoteRecord[], now: Date): string {
  const document = {
    format: JSON_FORMAT_NAME,
    version: JSON_FORMAT_VERSION,
    exportedAt: isoTime(now.getTime()),
    notes: inExportOrder(notes).map(canonicalNote),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Reads a parsed file already known to carry our format name. */
export function fromJson(parsed: Record<string, unknown>): ImportReport {
  const { version, notes } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('This Ahram Lens file has no valid format version, so it cannot be read safely.');
  }
  if (version > JSON_FORMAT_VERSION) {
    throw new ImportError(
      `This file was made by a newer Ahram Lens (format version ${version}); update Ahram Lens, then import it again.`,
    );
  }
  if (!Array.isArray(notes)) throw new ImportError('This Ahram Lens file has no list of notes in it.');
  const collector = new ImportCollector('json');
  notes.forEach((note: unknown, index) => {
    const id = typeof note === 'object' && note !== null ? (note as { id?: unknown }).id : undefined;
    collector.take(itemLabel('note', index, id), { note });
  });
  return collector.report();
}
