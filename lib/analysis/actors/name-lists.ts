import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { tokenIndexAt } from './token-lookup';

/** What may stand between two names of one list: "Golkar , Nahdlatul Ulama", "Likud and the Shas". */
const LIST_GAP = /^(?: ?,| ,? ?(?:and|or))(?: the)? $/;
/** A list this long says what its names are: three names, two of one kind. */
const MIN_LIST = 3;
/** A "person" of the list of at most this many words, none a given name, takes its kind ("Nahdlatul Ulama"). */
const MAX_RETYPED_WORDS = 2;

/**
 * A list of names is a list of one kind of thing ("the parties were Golkar , Nahdlatul Ulama ,
 * Masyumi …"). The tagger takes a foreign name it never met for a person ("Shinui", "Nahdlatul
 * Ulama"); inside a list of three or more names where at least two thirds are organisations (or
 * places), such a "person" — one or two words, no given name — takes the list's kind.
 */
export function withListKinds(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const result = [...entities];
  let start = 0;
  for (let index = 1; index <= result.length; index++) {
    const previous = result[index - 1] as TaggedEntity;
    const next = result[index];
    if (next && LIST_GAP.test(text.slice(previous.end, next.start))) continue;
    if (index - start >= MIN_LIST) retypeLonePeople(tokens, result, start, index);
    start = index;
  }
  return result;
}

function retypeLonePeople(
  tokens: readonly Token[],
  entities: TaggedEntity[],
  start: number,
  end: number,
): void {
  const counts = new Map<TaggedEntity['type'], number>();
  for (let index = start; index < end; index++) {
    const type = (entities[index] as TaggedEntity).type;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0] as [TaggedEntity['type'], number];
  if (kind === 'PER' || kind === 'MISC' || 3 * count < 2 * (end - start)) return;
  for (let index = start; index < end; index++) {
    const entity = entities[index] as TaggedEntity;
    if (entity.type !== 'PER') continue;
    const first = tokenIndexAt(tokens, entity.start);
    const last = tokenIndexAt(tokens, entity.end - 1);
    const words = tokens.slice(first, last + 1);
    if (words.length <= MAX_RETYPED_WORDS && !words.some((word) => isGivenName(word.text)))
      entities[index] = { ...entity, type: kind };
  }
}
