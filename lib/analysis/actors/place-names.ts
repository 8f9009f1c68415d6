import cityNames from '../knowledge/city-names.json';
import regionNames from '../knowledge/region-names.json';
import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { fullNameSurnames } from './surname-mentions';
import { tokenIndexAt } from './token-lookup';

/** Names of cities of at least 250,000 people, as written. */
export const CITIES: ReadonlySet<string> = new Set(cityNames.names);
/** Names of the world's first-level regions: states, provinces, governorates, UK counties. */
const REGIONS: ReadonlySet<string> = new Set(regionNames.names);

/**
 * Names the tagger read as another kind that are whole names of places:
 * - a "person" named like a large city or a region ("Calgary was a clean sweep", "Shanxi"): the
 *   tagger, meeting an unknown name as a sentence's subject, reads it as someone. Kept a person: a
 *   name that opens with a given name ("Victoria"), and the surname of a person named with more
 *   words in the same text ("Lewis Hamilton … Hamilton");
 * - a "miscellaneous" name that is a region's whole name ("provinces of : Guangdong");
 * - an "organisation" that is a region's whole name ("the Queensland branches"), unless a city
 *   bears it too: a city's name alone is often its club or council ("Newcastle won").
 */
export function withPlaceNames(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const surnames = fullNameSurnames(tokens, entities);
  const isPlace = (entity: TaggedEntity, name: string): boolean => {
    if (entity.type === 'MISC') return REGIONS.has(name);
    if (entity.type === 'ORG') return REGIONS.has(name) && !CITIES.has(name);
    if (entity.type !== 'PER' || !(CITIES.has(name) || REGIONS.has(name)) || surnames.has(name)) return false;
    return !isGivenName((tokens[tokenIndexAt(tokens, entity.start)] as Token).text);
  };
  return entities.map((entity) =>
    isPlace(entity, text.slice(entity.start, entity.end)) ? { ...entity, type: 'LOC' } : entity,
  );
}
