// One note in an exported Markdown file, from its hidden line to its date:
//
//   <!-- ahram-lens-note … -->       the fields the text does not show (see markdown-hidden-line)
//   _On Adam Boehler_                for a note on an actor
//   > the quoted passage             each line of the quote, "> " before it
//                                    (blank)
//   the body, line by line           a line starting with \ # > < or _ gets a "\" before it
//                                    (blank)
//   _Tags:_ #one, #two
//   _Noted 2025-03-04_
//
// The quote, body and tags are read back from this visible text, so a reader's edits count; the
// escaping keeps a body line from passing for a quote, a heading, a hidden line or the tags line.

import type { TextQuoteSelector } from '../../anchoring/selectors';
import type { NoteRecord } from '../note-record';
import { localDay } from './dates';
import { isRecord } from './is-record';
import { hiddenLine } from './markdown-hidden-line';
import { isTagsLine, readTagsLine, tagsLine } from './markdown-tags';

const ACTOR_LINE = /^_On .*_\s*$/;
const DATE_LINE = /^_Noted /;
/** Body lines that would otherwise read as structure; "\" first, so escaping itself reads back. */
const NEEDS_ESCAPE = /^[\\#><_]/;
const ESCAPED = /^\\[\\#><_]/;

/**
 * The lines of one note. Line breaks are written as "\n" whatever they were (a lone "\r" too),
 * as a text editor would save them anyway.
 */
export function writeNoteBlock(note: NoteRecord): string[] {
  const quoteIndex = note.selectors.findIndex((selector) => selector.type === 'TextQuoteSelector');
  const quote = (note.selectors[quoteIndex] as TextQuoteSelector | undefined)?.exact;
  const sections: string[][] = [];
  if (note.actorId !== undefined) sections.push([`_On ${oneLine(note.actorName ?? note.actorId)}_`]);
  if (quote !== undefined) sections.push(splitLines(quote).map((line) => (line === '' ? '>' : `> ${line}`)));
  if (note.body !== '')
    sections.push(splitLines(note.body).map((line) => (NEEDS_ESCAPE.test(line) ? `\\${line}` : line)));
  sections.push([...(note.tags.length > 0 ? [tagsLine(note.tags)] : []), dateLine(note)]);
  return [
    hiddenLine(hiddenFields(note, quoteIndex)),
    ...sections.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines])),
  ];
}

/**
 * The candidate note (unchecked) of a block: the hidden fields, with the body, tags and quote as
 * the visible lines now say. A quote the reader deleted takes its selector with it.
 */
export function readNoteBlock(fields: Record<string, unknown>, lines: readonly string[]): unknown {
  const line = (index: number) => lines[index] ?? '';
  let end = lines.length;
  while (end > 0 && isBlank(line(end - 1))) end -= 1;
  let tags: string[] = [];
  const metaEnd = end;
  while (end > 0 && (DATE_LINE.test(line(end - 1)) || isTagsLine(line(end - 1)))) {
    if (isTagsLine(line(end - 1))) tags = [...readTagsLine(line(end - 1)), ...tags];
    end -= 1;
  }
  if (end < metaEnd && end > 0 && isBlank(line(end - 1))) end -= 1;

  let start = 0;
  if (ACTOR_LINE.test(line(0))) start = end > 1 && isBlank(line(1)) ? 2 : 1;
  const quote: string[] = [];
  while (start < end && line(start).startsWith('>')) {
    quote.push(line(start).replace(/^> ?/, ''));
    start += 1;
  }
  // The blank line that closed the quote stays when a reader deletes only the quote's lines.
  const quoteWritten = quote.length > 0 || hasWordlessQuote(fields.selectors);
  if (quoteWritten && start < end && isBlank(line(start))) start += 1;
  const body = lines
    .slice(start, Math.max(start, end))
    .map((text) => (ESCAPED.test(text) ? text.slice(1) : text))
    .join('\n');
  const selectors = withQuote(fields.selectors, quote.length > 0 ? quote.join('\n') : undefined);
  return { ...fields, selectors, body, tags };
}

/** Everything but the body, the tags and the quoted words, which the text shows. */
function hiddenFields(note: NoteRecord, quoteIndex: number): Record<string, unknown> {
  const { body: _body, tags: _tags, ...fields } = note;
  const selectors = note.selectors.map((selector, index) =>
    index === quoteIndex && selector.type === 'TextQuoteSelector'
      ? { type: selector.type, prefix: selector.prefix, suffix: selector.suffix }
      : selector,
  );
  return { ...fields, selectors };
}

/** The hidden selectors, the one written without its words getting the visible quote back. */
function withQuote(selectors: unknown, quote: string | undefined): unknown {
  if (!Array.isArray(selectors)) return selectors;
  return selectors.flatMap((selector: unknown) => {
    if (!isRecord(selector) || selector.type !== 'TextQuoteSelector' || selector.exact !== undefined)
      return [selector];
    return quote === undefined ? [] : [{ ...selector, exact: quote }];
  });
}

/** Whether the hidden selectors include the quote whose words the text shows (so a quote was written). */
function hasWordlessQuote(selectors: unknown): boolean {
  return (
    Array.isArray(selectors) &&
    selectors.some(
      (selector: unknown) =>
        isRecord(selector) && selector.type === 'TextQuoteSelector' && selector.exact === undefined,
    )
  );
}

function dateLine(note: NoteRecord): string {
  const noted = localDay(new Date(note.createdAt));
  const edited = localDay(new Date(note.updatedAt));
  return edited === noted ? `_Noted ${noted}_` : `_Noted ${noted}, edited ${edited}_`;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A name on one line, so it cannot start a line of its own. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}
