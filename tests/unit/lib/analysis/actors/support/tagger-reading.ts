import type { TaggedEntity } from '../../../../../../lib/analysis/actors/merge-mentions';
import { type Token, tokenize } from '../../../../../../lib/analysis/tokenize';

type EntityType = TaggedEntity['type'];

/**
 * The tagger's reading of `text`, given as the names it found and their types: a name listed again
 * stands at its next place in the text.
 */
export function taggerReading<T extends EntityType>(
  text: string,
  names: [string, T][],
): { start: number; end: number; type: T }[] {
  const next = new Map<string, number>();
  return names.map(([name, type]) => {
    const start = text.indexOf(name, next.get(name) ?? 0);
    if (start < 0) throw new Error(`"${name}" is not in the text`);
    next.set(name, start + name.length);
    return { start, end: start + name.length, type };
  });
}

/** Entities as "words TYPE", for assertions that read like the text. */
export function asWritten(text: string, entities: readonly TaggedEntity[]): string[] {
  return entities.map((entity) => `${text.slice(entity.start, entity.end)} ${entity.type}`);
}

/** A repair of the tagger's reading, as each module of lib/analysis/actors/ gives one. */
type Repair = (text: string, tokens: readonly Token[], entities: readonly TaggedEntity[]) => TaggedEntity[];

/** The names as written after `repair`, given the tagger's reading of `text`. */
export function repairedBy(repair: Repair): (text: string, names: [string, EntityType][]) => string[] {
  return (text, names) => asWritten(text, repair(text, tokenize(text), taggerReading(text, names)));
}
