import type { TaggedEntity } from '../../../../../../lib/analysis/actors/merge-mentions';

/** The tagger's reading of `text`, given as the names it found (each at its first place) and their types. */
export function taggerReading(text: string, names: [string, TaggedEntity['type']][]): TaggedEntity[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`"${name}" is not in the text`);
    return { start, end: start + name.length, type };
  });
}

/** Entities as "words TYPE", for assertions that read like the text. */
export function asWritten(text: string, entities: readonly TaggedEntity[]): string[] {
  return entities.map((entity) => `${text.slice(entity.start, entity.end)} ${entity.type}`);
}
