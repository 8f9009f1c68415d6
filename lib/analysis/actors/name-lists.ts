import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import { headType } from './head-words';
import type { TaggedEntity } from './merge-mentions';
import { CITIES } from './place-names';
import { SpanSearch } from './span-search';
import { tokenIndexAt } from './token-lookup';

/** What may stand between two names of one list: "Golkar , Nahdlatul Ulama", "Likud and the Shas". */
const LIST_GAP = /^(?: ?,| ,? ?(?:and|or))(?: the)? $/;
/** A list this long says what its names are: three names, two of one kind. */
const MIN_LIST = 3;
/** A "person" of the list of at most this many words, none a given name, takes its kind ("Nahdlatul Ulama"). */
const MAX_RETYPED_WORDS = 2;
/** People named with a given name or initials that make a list a list of people. */
const MIN_KNOWN_PEOPLE = 2;
/** A name of the list of at most this many words with nothing of its own to say otherwise is a person. */
const MAX_PERSON_WORDS = 3;
/** "T. P. Gajendran", "J. Smith": initials open a person's name. */
const INITIAL = /^\p{Lu}\.$/u;

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
  known: SpanSearch = new SpanSearch([]),
): TaggedEntity[] {
  const result = [...entities];
  for (let start = 0; start < result.length; ) {
    const end = listEnd(text, result, start);
    if (end - start >= MIN_LIST) {
      retypeLonePeople(tokens, result, start, end);
      retypeListedPeople(text, tokens, known, result, start, end);
    }
    start = end;
  }
  return result;
}

/** The index after the last name of the list that opens with `entities[start]`. */
export function listEnd(text: string, entities: readonly TaggedEntity[], start: number): number {
  let end = start + 1;
  while (
    end < entities.length &&
    LIST_GAP.test(text.slice((entities[end - 1] as TaggedEntity).end, (entities[end] as TaggedEntity).start))
  )
    end++;
  return end;
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

/**
 * A list with people in it named the way people are (a given name or initials first) is a list of
 * people: "Ravichandran , Pyramid Natarajan , Manivannan , Raj Kapoor , T. P. Gajendran , Alex".
 * The tagger, meeting a run of names it never saw, reads them all as the kind it chose for the
 * first, here places. A "place" of such a list that says nothing of itself (no head word, not
 * known, not a city, not an acronym, at most three words) is then a person. Only places: lists of
 * acts mix bands and people ("Gary Numan , Ultravox , John Foxx"), so an "organisation" in a list
 * of people may well be one.
 */
function retypeListedPeople(
  text: string,
  tokens: readonly Token[],
  known: SpanSearch,
  entities: TaggedEntity[],
  start: number,
  end: number,
): void {
  let namedPeople = 0;
  for (let index = start; index < end; index++) {
    const entity = entities[index] as TaggedEntity;
    if (entity.type !== 'PER') continue;
    const first = tokens[tokenIndexAt(tokens, entity.start)] as Token;
    if (isGivenName(first.text) || INITIAL.test(first.text)) namedPeople++;
  }
  if (namedPeople < MIN_KNOWN_PEOPLE) return;
  for (let index = start; index < end; index++) {
    const entity = entities[index] as TaggedEntity;
    if (entity.type !== 'LOC') continue;
    const words = tokens.slice(tokenIndexAt(tokens, entity.start), tokenIndexAt(tokens, entity.end - 1) + 1);
    const saysOtherwise =
      words.length > MAX_PERSON_WORDS ||
      words.some((word) => headType(word) !== null || !/^\p{Lu}\p{Ll}/u.test(word.text)) ||
      CITIES.has(text.slice(entity.start, entity.end)) ||
      known.overlaps(entity);
    if (!saysOtherwise) entities[index] = { ...entity, type: 'PER' };
  }
}
