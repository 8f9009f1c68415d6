import type { NoteRecord } from '../note-record';

/** The file formats notes can be exported to and imported from. */
export const EXCHANGE_FORMATS = ['json', 'markdown', 'w3c', 'hypothesis'] as const;

export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/** Human labels, for a format <select>. */
export const EXCHANGE_FORMAT_LABELS: Record<ExchangeFormat, string> = {
  json: 'Ahram Lens JSON',
  markdown: 'Markdown',
  w3c: 'W3C Web Annotation (JSON-LD)',
  hypothesis: 'Hypothesis',
};

/** A file ready to be downloaded. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** One record of an imported file that was left out, and why. */
export interface SkippedItem {
  /** Which record: its position in the file ("annotation 3"), with its id when it has one. */
  item: string;
  reason: string;
}

/** What an imported file held: the notes that can be kept, and the records that could not. */
export interface ImportReport {
  format: ExchangeFormat;
  notes: NoteRecord[];
  skipped: SkippedItem[];
}

/** The file as a whole cannot be read; the message says why, in words a reader understands. */
export class ImportError extends Error {
  override name = 'ImportError';
}
