import type { NoteRecord } from '../note-record';
import { canonicalNote } from './canonical-note';
import { localDay } from './dates';
import { ImportError, type ImportReport } from './exchange-format';
import { inExportOrder } from './export-order';
import { ImportCollector, itemLabel } from './import-collector';
import {
  declaredVersion,
  isHiddenLine,
  MARKDOWN_VERSION,
  readHiddenLine,
  versionLine,
} from './markdown-hidden-line';
import { readNoteBlock, writeNoteBlock } from './markdown-note-block';

/** Headings end a note: the document title and each article's heading. Body lines never start with "#". */
const HEADING = /^#{1,2}\s/;

/** Notes for people: grouped by article under its title and link, each with its quote, text, tags and date. */
export function toMarkdown(notes: readonly NoteRecord[], now: Date): string {
  const ordered = inExportOrder(notes).map(canonicalNote);
  const count = ordered.length === 1 ? '1 note' : `${ordered.length} notes`;
  const lines = [
    versionLine(),
    '# Ahram Lens notes',
    '',
    `Exported on ${localDay(now)}: ${count}. Each note carries a hidden comment that lets Ahram Lens ` +
      'import this file again; edit the text, quotes and tags freely, but keep the comments.',
  ];
  let article: string | undefined;
  for (const note of ordered) {
    if (note.articleKey !== article) {
      article = note.articleKey;
      lines.push('', articleHeading(note));
    }
    lines.push('', ...writeNoteBlock(note));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Reads Markdown we exported. Each note runs from its hidden line to the next hidden line or
 * heading; text before the first note (title, introduction) is not part of any.
 */
export function fromMarkdown(text: string): ImportReport {
  const lines = text.split(/\r\n|\r|\n/);
  const version = lines.map(declaredVersion).find((found) => found !== null);
  if (version !== undefined && version !== null && version > MARKDOWN_VERSION) {
    throw new ImportError(
      `This file was made by a newer Ahram Lens (Markdown version ${version}); update Ahram Lens, then import it again.`,
    );
  }
  const starts = lines.flatMap((line, index) => (isHiddenLine(line) ? [index] : []));
  if (starts.length === 0) {
    throw new ImportError(
      'This file cannot be imported: it is not JSON, and it is not Markdown exported by Ahram Lens ' +
        '(that Markdown carries a hidden “ahram-lens-note” comment for each note).',
    );
  }
  const collector = new ImportCollector('markdown');
  starts.forEach((start, index) => {
    let end = start + 1;
    while (end < lines.length && !isHiddenLine(lines[end] ?? '') && !HEADING.test(lines[end] ?? '')) end += 1;
    const fields = readHiddenLine(lines[start] ?? '');
    if (fields === null) {
      collector.take(itemLabel('note', index), { skip: 'its hidden ahram-lens-note comment is damaged' });
      return;
    }
    collector.take(itemLabel('note', index, fields.id), {
      note: readNoteBlock(fields, lines.slice(start + 1, end)),
    });
  });
  return collector.report();
}

/** "## [Title](<address>)", on one line whatever the title holds, so it cannot break the layout. */
function articleHeading(note: NoteRecord): string {
  const title = (note.articleTitle.trim() || note.url).replace(/\s+/g, ' ').replace(/[[\]\\]/g, '\\$&');
  const address = note.url.replace(/[\s<>]/g, (char) => encodeURIComponent(char));
  return `## [${title}](<${address}>)`;
}
