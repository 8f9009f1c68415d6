import type { NoteRecord } from '../note-record';
import { isoTime } from './dates';
import type { ImportReport } from './exchange-format';
import { inExportOrder } from './export-order';
import { EXPORT_USER, fromHypothesisAnnotation, toHypothesisAnnotation } from './hypothesis-annotation';
import { ImportCollector, itemLabel } from './import-collector';
import { isRecord } from './is-record';

/** The notes as the Hypothesis client's "Export annotations" writes its JSON file. */
export function toHypothesis(notes: readonly NoteRecord[], now: Date): string {
  const content = {
    export_date: isoTime(now.getTime()),
    export_userid: EXPORT_USER,
    client_version: 'ahram-lens',
    annotations: inExportOrder(notes).map(toHypothesisAnnotation),
  };
  return `${JSON.stringify(content, null, 2)}\n`;
}

/**
 * Reads a Hypothesis export ({ annotations }), an API search result ({ rows }), a bare list of
 * API annotations, or a single one.
 */
export function fromHypothesis(parsed: unknown, now: number): ImportReport {
  const collector = new ImportCollector('hypothesis');
  annotationsIn(parsed).forEach((annotation, index) => {
    const id = isRecord(annotation) ? annotation.id : undefined;
    collector.take(itemLabel('annotation', index, id), fromHypothesisAnnotation(annotation, now));
  });
  return collector.report();
}

function annotationsIn(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (!isRecord(parsed)) return [];
  if (Array.isArray(parsed.annotations)) return parsed.annotations;
  if (Array.isArray(parsed.rows)) return parsed.rows;
  return [parsed];
}
