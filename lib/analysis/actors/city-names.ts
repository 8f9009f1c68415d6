import cityNames from '../knowledge/city-names.json';
import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { tokenIndexAt } from './token-lookup';

/** Names of cities of at least 250,000 people, as written. */
export const CITIES: ReadonlySet<string> = new Set(cityNames.names);

/**
 * A "person" whose whole name is a large city's ("Calgary was a clean sweep", "Toronto had been an
 * important source of support") is the city: the tagger, meeting an unknown name as a sentence's
 * subject, reads it as someone. Kept a person: a name that opens with a given name ("Victoria"),
 * and the surname of a person named with more words in the same text ("Lewis Hamilton … Hamilton").
 */
export function withCityNames(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const surnames = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'PER') continue;
    const last = tokenIndexAt(tokens, entity.end - 1);
    if (last > tokenIndexAt(tokens, entity.start)) surnames.add((tokens[last] as Token).text);
  }
  return entities.map((entity) => {
    if (entity.type !== 'PER') return entity;
    const name = text.slice(entity.start, entity.end);
    if (!CITIES.has(name) || surnames.has(name)) return entity;
    if (isGivenName((tokens[tokenIndexAt(tokens, entity.start)] as Token).text)) return entity;
    return { ...entity, type: 'LOC' };
  });
}
