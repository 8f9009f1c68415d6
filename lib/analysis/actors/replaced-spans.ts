import type { TaggedEntity } from './merge-mentions';
import { SpanSearch } from './span-search';

/** Whether two spans share a character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The tagger's entities with `names` read in their place: every entity that overlaps one of them
 * goes, the names come in, all in text order. How each repair that reads a name from the text's
 * shape (a dateline, a results line, a body's head word) overrules the tagger there.
 */
export function replacedBy(
  entities: readonly TaggedEntity[],
  names: readonly TaggedEntity[],
): TaggedEntity[] {
  if (names.length === 0) return [...entities];
  // A search, not a scan of the names per entity: a long page has thousands of both.
  const replaced = new SpanSearch(names);
  return [...entities.filter((entity) => !replaced.overlaps(entity)), ...names].sort(
    (a, b) => a.start - b.start,
  );
}
