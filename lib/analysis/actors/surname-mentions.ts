import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';
import { singleTokenOf, tokenIndexAt } from './token-lookup';

/**
 * A one-word name the tagger read as a place, a body or something else, after a person named in
 * full with that word as surname, is the person: "Margaret Hamilton arrived at MIT … Hamilton
 * said", where "Hamilton" is also a city. Only after the full name: a name the tagger misread as a
 * person later on ("Vancouver … Vision Vancouver") must not take the earlier mentions with it.
 */
export function withSurnameMentions(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const namedAt = fullNameSurnames(tokens, entities);
  if (namedAt.size === 0) return [...entities];
  return entities.map((entity) => {
    if (entity.type === 'PER') return entity;
    const index = singleTokenOf(tokens, entity);
    if (index === undefined) return entity;
    const fullNameAt = namedAt.get(text.slice(entity.start, entity.end));
    return fullNameAt !== undefined && fullNameAt < entity.start ? { ...entity, type: 'PER' } : entity;
  });
}

/** The last word of each person named with more than one word, with where the first such name starts. */
export function fullNameSurnames(
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): Map<string, number> {
  const namedAt = new Map<string, number>();
  for (const entity of entities) {
    if (entity.type !== 'PER') continue;
    const last = tokenIndexAt(tokens, entity.end - 1);
    if (last === tokenIndexAt(tokens, entity.start)) continue;
    const surname = (tokens[last] as Token).text;
    if (!namedAt.has(surname)) namedAt.set(surname, entity.start);
  }
  return namedAt;
}
