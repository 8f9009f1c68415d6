import { detectJsonFormat } from './detect-format';
import { ImportError, type ImportReport } from './exchange-format';
import { fromHypothesis } from './hypothesis-format';
import { fromJson } from './json-format';
import { fromMarkdown } from './markdown-format';
import { containsHiddenLine } from './markdown-hidden-line';
import { fromW3c } from './w3c-format';

/**
 * The notes in a file the reader chose. The format is detected from the content, not the file
 * name; every record is checked, and one bad record is set aside in `skipped` with its reason
 * while the rest come through. Throws ImportError when the file as a whole cannot be read: empty,
 * damaged JSON, JSON of another shape, Markdown we did not write, or a newer version of our format.
 * `now` stands in for times a foreign file lacks.
 */
export function importNotes(text: string, now: number): ImportReport {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new ImportError('The file is empty.');
  const parsed = parseJson(content);
  if (parsed === NOT_JSON) return fromMarkdown(content);
  switch (detectJsonFormat(parsed)) {
    case 'json':
      return fromJson(parsed as Record<string, unknown>);
    case 'w3c':
      return fromW3c(parsed, now);
    case 'hypothesis':
      return fromHypothesis(parsed, now);
  }
}

const NOT_JSON = Symbol('not JSON');

/**
 * The parsed JSON, or NOT_JSON for text that is not JSON (Markdown, or anything else). Text that
 * starts like JSON but does not parse is a damaged file, unless it is our Markdown after all.
 */
function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const first = content.trimStart()[0];
    if ((first !== '{' && first !== '[') || containsHiddenLine(content)) return NOT_JSON;
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new ImportError(`This file looks like JSON but is damaged and cannot be read${detail}.`);
  }
}
