import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import { isBodyHead, isNameHead } from './head-words';
import type { TaggedEntity } from './merge-mentions';
import { isCapitalised, tokenIndexAt } from './token-lookup';

/** A person's name after a body's runs to at most this many words ("Fernand Viau", "Joop den Uyl"). */
const MAX_PERSON_WORDS = 3;

/**
 * Two names the tagger ran into one where a list or a results table sets them side by side: a
 * body's name and then a person's ("Liberal Party of Canada Fernand Viau", its candidate). The
 * person starts at a given name; the words before it are a body's name when they hold a body's
 * head word ("Party", "League"), and stay one; the person becomes a name of its own unless a head
 * word follows ("Bank of Mohamed Ali Street" is one name).
 */
export function withRunOnNamesSplit(
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  return entities.flatMap((entity) => {
    if (entity.type !== 'ORG' && entity.type !== 'LOC') return [entity];
    const first = tokenIndexAt(tokens, entity.start);
    const end = tokenIndexAt(tokens, entity.end - 1) + 1;
    const person = personStartAfterBody(tokens, first, end);
    if (person === null) return [entity];
    return [
      { start: entity.start, end: (tokens[person - 1] as Token).end, type: 'ORG' as const },
      { start: (tokens[person] as Token).start, end: entity.end, type: 'PER' as const },
    ];
  });
}

/** Where a person's name starts at the end of tokens [first, end) after a body's name, or null. */
function personStartAfterBody(tokens: readonly Token[], first: number, end: number): number | null {
  let bodyHead = false;
  for (let index = first + 1; index < end - 1; index += 1) {
    bodyHead ||= isBodyHead(tokens[index - 1] as Token);
    if (!bodyHead || end - index > MAX_PERSON_WORDS || !isGivenName((tokens[index] as Token).text)) continue;
    if (isCapitalised((tokens[end - 1] as Token).text) && !tokens.slice(index, end).some(isNameHead))
      return index;
  }
  return null;
}
