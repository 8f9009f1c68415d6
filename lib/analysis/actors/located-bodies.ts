import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';
import { isCapitalised, tokenIndexAt } from './token-lookup';

/**
 * Institutions that stand in one place. Not parties and unions, whose names may hold their region
 * ("Christian Social Union in Bavaria").
 */
const PLACED_HEADS: ReadonlySet<string> = new Set([
  'university',
  'institute',
  'college',
  'school',
  'hospital',
  'museum',
  'academy',
  'library',
  'embassy',
  'consulate',
  'court',
  'bank',
  'laboratory',
  'laboratories',
  'centre',
  'center',
]);

/** What may stand between the words of a place's name. */
const JOINERS: ReadonlySet<string> = new Set(['-', ',']);

/**
 * An institution's name ends at its head word; "in" and a place after it say where the body is:
 * "Padjadjaran University in Bandung", "American Enterprise Institute in Washington". The tagger
 * runs such a phrase into one name; it is the body and then the place.
 */
export function withBodiesLocated(
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  return entities.flatMap((entity) => {
    if (entity.type !== 'ORG') return [entity];
    const first = tokenIndexAt(tokens, entity.start);
    const last = tokenIndexAt(tokens, entity.end - 1);
    for (let index = first + 1; index < last; index++) {
      if (
        (tokens[index] as Token).text !== 'in' ||
        !PLACED_HEADS.has((tokens[index - 1] as Token).text.toLowerCase())
      )
        continue;
      const place = tokens.slice(index + 1, last + 1);
      // Capitalised words, hyphens and commas between them ("Washington, D.C.").
      const lastWord = place[place.length - 1] as Token;
      if (
        !isCapitalised(lastWord.text) ||
        !place.every((token) => isCapitalised(token.text) || JOINERS.has(token.text))
      )
        continue;
      return [
        { start: entity.start, end: (tokens[index - 1] as Token).end, type: 'ORG' as const },
        { start: (tokens[index + 1] as Token).start, end: entity.end, type: 'LOC' as const },
      ];
    }
    return [entity];
  });
}
