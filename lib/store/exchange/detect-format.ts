import { ImportError } from './exchange-format';
import { isRecord } from './is-record';
import { JSON_FORMAT_NAME } from './json-format';
import { hasName } from './json-ld';

export type JsonExchangeFormat = 'json' | 'w3c' | 'hypothesis';

const WRONG_SHAPE =
  'This JSON file is not one Ahram Lens can import: it holds neither Ahram Lens notes, ' +
  'nor W3C Web Annotations, nor a Hypothesis export.';

/** Which of the JSON formats a parsed file is in, told by its content alone (never by its name). */
export function detectJsonFormat(parsed: unknown): JsonExchangeFormat {
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) throw new ImportError('The file holds an empty list: there are no notes in it.');
    const first = parsed.find(isRecord);
    if (first && looksW3c(first)) return 'w3c';
    if (first && looksHypothesis(first)) return 'hypothesis';
    throw new ImportError(WRONG_SHAPE);
  }
  if (!isRecord(parsed)) throw new ImportError(WRONG_SHAPE);
  if (parsed.format === JSON_FORMAT_NAME) return 'json';
  const type = parsed.type ?? parsed['@type'];
  if (looksW3c(parsed) || hasName(type, 'AnnotationCollection') || hasName(type, 'AnnotationPage'))
    return 'w3c';
  if (Array.isArray(parsed.annotations) || Array.isArray(parsed.rows) || looksHypothesis(parsed))
    return 'hypothesis';
  throw new ImportError(WRONG_SHAPE);
}

/** A W3C annotation says so: its type is Annotation (the model requires it), or it has a JSON-LD context. */
function looksW3c(record: Record<string, unknown>): boolean {
  return '@context' in record || hasName(record.type ?? record['@type'], 'Annotation');
}

/** A Hypothesis annotation has the page's address as "uri" and its targets as a list. */
function looksHypothesis(record: Record<string, unknown>): boolean {
  return typeof record.uri === 'string' || (Array.isArray(record.target) && typeof record.user === 'string');
}
