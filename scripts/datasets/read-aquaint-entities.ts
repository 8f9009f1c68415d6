import { readdirSync, readFileSync } from 'node:fs';
import type { GoldText } from './gold-entities';
import { tempevalText } from './tempeval-text';

/**
 * The 73 AQUAINT newswire stories of TempEval-3 with the named entities annotated for this project
 * (tests/fixtures/aquaint-entities/README.md): general news of the CoNLL-2003 kind, scored like it.
 *
 * The annotation is stand-off: per story, one `TYPE<TAB>surface` line per entity occurrence, in
 * reading order. The stories' text is not ours to copy, so it is read from the TimeML file in
 * ../shared/datasets and each surface is found after the previous one.
 */
export type AnnotatedStory = GoldText & { id: string };

export type AnnotationError = { id: string; line: number; message: string };

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a span is only part of a written word: "Castro" of "anti-Castro", "U.S." of
 * "U.S.-Cuban", "Miami" of "Miami-based". CoNLL-2003's tokens keep such words whole, so an
 * annotator's name inside one is out of scope (MISC): a system that marks or skips it is right.
 */
function insideWord(text: string, start: number, end: number): boolean {
  const joinedBefore =
    WORD_CHAR.test(text[start - 1] ?? ' ') ||
    (text[start - 1] === '-' && WORD_CHAR.test(text[start - 2] ?? ' '));
  const joinedAfter =
    WORD_CHAR.test(text[end] ?? ' ') || (text[end] === '-' && WORD_CHAR.test(text[end + 1] ?? ' '));
  return joinedBefore || joinedAfter;
}

/** Places the annotated surfaces of one story in its text; lines that cannot be placed are errors. */
export function placeAnnotation(
  id: string,
  text: string,
  annotation: string,
): { story: AnnotatedStory; errors: AnnotationError[] } {
  const entities: AnnotatedStory['entities'] = [];
  const errors: AnnotationError[] = [];
  let cursor = 0;
  annotation.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const [type = '', surface = ''] = line.split('\t');
    const at = TYPES.has(type) && surface !== '' ? text.indexOf(surface, cursor) : -1;
    if (at < 0) {
      errors.push({ id, line: index + 1, message: `cannot place ${JSON.stringify(line)}` });
      return;
    }
    const end = at + surface.length;
    entities.push({ start: at, end, type: insideWord(text, at, end) ? 'MISC' : type });
    cursor = end;
  });
  return { story: { id, text, entities }, errors };
}

/** Every annotated story whose TimeML file is in `tempevalDir`; throws on any misplaced line. */
export function readAquaintEntities(annotationDir: string, tempevalDir: string): AnnotatedStory[] {
  const stories: AnnotatedStory[] = [];
  const errors: AnnotationError[] = [];
  for (const file of readdirSync(annotationDir)
    .filter((name) => name.endsWith('.ann'))
    .sort()) {
    const id = file.slice(0, -'.ann'.length);
    const text = tempevalText(readFileSync(`${tempevalDir}${id}.tml`, 'utf8'));
    const placed = placeAnnotation(id, text, readFileSync(`${annotationDir}${file}`, 'utf8'));
    stories.push(placed.story);
    errors.push(...placed.errors);
  }
  if (errors.length > 0)
    throw new Error(errors.map((error) => `${error.id}.ann:${error.line}: ${error.message}`).join('\n'));
  return stories;
}
