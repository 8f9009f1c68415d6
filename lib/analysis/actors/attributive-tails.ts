import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';
import { tokenIndexAt } from './token-lookup';

/** Words that go on naming the person, not a thing of theirs: "Martin Luther King Jr. said". */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * A person's full name run into the name of a thing that qualifies the noun after it ("a Margaret
 * Hamilton Lego minifigure", "a Mohamed Salah Liverpool shirt") is the person's name alone, when the
 * article names the person so elsewhere and names no one else with the thing's word: otherwise the
 * actor would be named by its longest, wrong, form. The thing is left to whatever else finds it.
 */
export function withoutAttributiveTails(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const personNames = new Set<string>();
  /** How many people's names each word is written in. */
  const namesWith = new Map<string, number>();
  for (const entity of entities) {
    if (entity.type !== 'PER') continue;
    const name = text.slice(entity.start, entity.end);
    personNames.add(name);
    for (const word of name.split(' ')) namesWith.set(word, (namesWith.get(word) ?? 0) + 1);
  }
  return entities.map((entity) => {
    if (entity.type !== 'PER') return entity;
    const first = tokenIndexAt(tokens, entity.start);
    const last = tokenIndexAt(tokens, entity.end - 1);
    // The rest must be a full name, given name and surname at least.
    if (last - first < 2) return entity;
    const tail = tokens[last] as Token;
    const nounAfter = tokens[last + 1];
    if (NAME_SUFFIXES.has(tail.text) || nounAfter === undefined || !LOWER_CASE_WORD.test(nounAfter.text))
      return entity;
    // A word of another person's name is a name's ("John Paul Jones" beside "Jones").
    if ((namesWith.get(tail.text) ?? 0) > 1) return entity;
    const rest = tokens[last - 1] as Token;
    return personNames.has(text.slice(entity.start, rest.end)) ? { ...entity, end: rest.end } : entity;
  });
}
