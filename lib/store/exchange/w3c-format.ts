import type { NoteRecord } from '../note-record';
import { isoTime } from './dates';
import { ImportError, type ImportReport } from './exchange-format';
import { inExportOrder } from './export-order';
import { ImportCollector, itemLabel } from './import-collector';
import { isRecord } from './is-record';
import { hasName } from './json-ld';
import { fromW3cAnnotation, toW3cAnnotation } from './w3c-annotation';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Most pages of a collection followed inside one file, so a cycle of "next" links cannot hang. */
const MAX_PAGES = 10_000;

/**
 * The notes as a W3C AnnotationCollection with all annotations on its one embedded first page,
 * as the Web Annotation Data Model describes collections.
 */
export function toW3c(notes: readonly NoteRecord[], now: Date): string {
  const items = inExportOrder(notes).map(toW3cAnnotation);
  const id = `urn:ahram-lens:export:${isoTime(now.getTime())}`;
  const collection = {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Ahram Lens notes',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** Reads one Annotation, a list of them, an AnnotationPage or an AnnotationCollection with embedded pages. */
export function fromW3c(parsed: unknown, now: number): ImportReport {
  const collector = new ImportCollector('w3c');
  annotationsIn(parsed).forEach((annotation, index) => {
    const id = isRecord(annotation) ? (annotation.id ?? annotation['@id']) : undefined;
    collector.take(itemLabel('annotation', index, id), fromW3cAnnotation(annotation, now));
  });
  return collector.report();
}

function annotationsIn(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (!isRecord(parsed)) return [];
  const type = parsed.type ?? parsed['@type'];
  if (hasName(type, 'AnnotationPage')) return itemsOf(parsed);
  if (!hasName(type, 'AnnotationCollection')) return [parsed];
  if (typeof parsed.first === 'string') {
    throw new ImportError(
      'This W3C annotation collection only links to its annotations; the file itself holds none to import.',
    );
  }
  const annotations: unknown[] = Array.isArray(parsed.items) ? [...parsed.items] : [];
  let page: unknown = parsed.first;
  for (let count = 0; isRecord(page) && count < MAX_PAGES; count += 1) {
    annotations.push(...itemsOf(page));
    page = page.next;
  }
  return annotations;
}

function itemsOf(page: Record<string, unknown>): unknown[] {
  return Array.isArray(page.items) ? page.items : [];
}
