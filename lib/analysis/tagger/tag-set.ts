/**
 * The tagger's label set: BIO over four entity types. MISC is trained (so the model learns what is not an
 * actor) but never reported as an actor.
 */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The actor types `findEntities` reports. */
export type ActorType = Exclude<EntityType, 'MISC'>;
export const ACTOR_TYPES: readonly ActorType[] = ['PER', 'ORG', 'LOC'];

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

const TAG_INDEX = new Map<string, number>(TAGS.map((tag, index) => [tag, index]));

export function tagIndex(tag: string): number {
  const index = TAG_INDEX.get(tag);
  if (index === undefined) throw new Error(`Unknown tag ${tag}`);
  return index;
}

export function isTag(value: string): value is Tag {
  return TAG_INDEX.has(value);
}
