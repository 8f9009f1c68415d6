import type { TaggedEntity } from './merge-mentions';

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
  return [...entities.filter((entity) => !names.some((name) => overlaps(entity, name))), ...names].sort(
    (a, b) => a.start - b.start,
  );
}
