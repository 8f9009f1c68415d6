import type { NoteRecord } from '../note-record';
import { localDay } from './dates';
import type { ExchangeFormat, ExportedFile } from './exchange-format';
import { toHypothesis } from './hypothesis-format';
import { toJson } from './json-format';
import { toMarkdown } from './markdown-format';
import { toW3c } from './w3c-format';

interface FileKind {
  name: string;
  extension: string;
  mimeType: string;
  write: (notes: readonly NoteRecord[], now: Date) => string;
}

const FILE_KINDS: Record<ExchangeFormat, FileKind> = {
  json: { name: 'ahram-lens-notes', extension: 'json', mimeType: 'application/json', write: toJson },
  markdown: { name: 'ahram-lens-notes', extension: 'md', mimeType: 'text/markdown', write: toMarkdown },
  w3c: { name: 'ahram-lens-notes', extension: 'jsonld', mimeType: 'application/ld+json', write: toW3c },
  hypothesis: {
    name: 'ahram-lens-hypothesis',
    extension: 'json',
    mimeType: 'application/json',
    write: toHypothesis,
  },
};

/**
 * The notes as a file in `format`, named after the reader's local date. The notes are written in
 * one fixed order, so the same notes give the same text.
 */
export function exportNotes(notes: readonly NoteRecord[], format: ExchangeFormat, now: Date): ExportedFile {
  const kind = FILE_KINDS[format];
  return {
    fileName: `${kind.name}-${localDay(now)}.${kind.extension}`,
    mimeType: kind.mimeType,
    text: kind.write(notes, now),
  };
}
