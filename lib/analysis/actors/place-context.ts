import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { singleTokenOf, spaceBefore } from './token-lookup';

/** Lower-case words that, right after a name, show the name is a place's: "Abbasiya residents", "Abbasiya square". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'residents',
  'square',
  'street',
  'district',
  'neighbourhood',
  'neighborhood',
  'governorate',
  'province',
  'village',
  'villagers',
]);

/**
 * A one-word name right before "residents", "square", "district" and the like is a place, though
 * the tagger, never having met the word, took it for a person (an unknown Arabic place name reads
 * like a surname: "thugs, Abbasiya residents and army barricades"). Given names stay people.
 */
export function withPlaceContext(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  return entities.map((entity) => {
    if (entity.type !== 'PER') return entity;
    const first = singleTokenOf(tokens, entity);
    if (first === undefined) return entity;
    const next = tokens[first + 1];
    const placeNoun =
      next !== undefined && PLACE_NOUNS.has(next.text) && spaceBefore(text, tokens, first + 1);
    if (!placeNoun || isGivenName((tokens[first] as Token).text)) return entity;
    return { ...entity, type: 'LOC' };
  });
}
