import givenNames from '../knowledge/given-names.json';
import type { Token } from '../tokenize';
import { isNameHead } from './head-words';
import type { TaggedEntity } from './merge-mentions';
import { isCapitalised, spaceBefore, tokenIndexAt } from './token-lookup';

const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.names.map((name) => name.toLowerCase()));

/** Whether a word is a common given name (knowledge/given-names.json), in any case. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}

/**
 * What given names tell of a name the tagger read badly: capitalised given names right before a
 * person belong to it ("Ahmed" of "Ahmed Kareema", a name the tagger never met), one right before a
 * short name of another type makes it a person's ("Mohamed El-Kassas"), and a given name the tagger
 * took alone for an organisation or a place opens a person's name with the capitalised words after
 * it ("Theresa May", where "May" looked like the month).
 */
export function withGivenNames(text: string, tokens: readonly Token[], entity: TaggedEntity): TaggedEntity {
  const first = tokenIndexAt(tokens, entity.start);
  if (entity.type === 'PER') {
    let start = first;
    while (start > 0 && spaceBefore(text, tokens, start) && givenNameAt(tokens, start - 1)) start -= 1;
    return start === first ? entity : { ...entity, start: (tokens[start] as Token).start };
  }
  const last = tokenIndexAt(tokens, entity.end - 1);
  // The short name must end in no body's or place's head word ("Ahmed Orabi Square"). In "said
  // Mohamed El-Kassas" the tagger read only "El-Kassas", as a work.
  if (
    first > 0 &&
    last - first < 2 &&
    spaceBefore(text, tokens, first) &&
    givenNameAt(tokens, first - 1) &&
    !isNameHead(tokens[last] as Token)
  )
    return { start: (tokens[first - 1] as Token).start, end: entity.end, type: 'PER' };
  const alone = last === first;
  if (entity.type === 'MISC' || !alone || !givenNameAt(tokens, first)) return entity;
  let end = first;
  // The words after it, each one space on from the last, are the name's.
  while (
    end - first < 2 &&
    end + 1 < tokens.length &&
    spaceBefore(text, tokens, end + 1) &&
    isCapitalised((tokens[end + 1] as Token).text)
  )
    end += 1;
  return end === first ? entity : { start: entity.start, end: (tokens[end] as Token).end, type: 'PER' };
}

function givenNameAt(tokens: readonly Token[], index: number): boolean {
  const word = (tokens[index] as Token).text;
  return isCapitalised(word) && isGivenName(word);
}

/**
 * A name right after a title the tagger took for an organisation ("Hostage Affairs Adam Boehler"
 * in "Special Envoy for Hostage Affairs Adam Boehler"): the person starts at the given name.
 */
export function personAfterTitle(tokens: readonly Token[], entity: TaggedEntity): TaggedEntity {
  if (entity.type === 'PER' || entity.type === 'MISC') return entity;
  const first = tokenIndexAt(tokens, entity.start);
  const end = tokenIndexAt(tokens, entity.end - 1) + 1;
  // "Mohamed Ali University", "Adam Smith Institute", "Talaat Moustafa Group": named after a
  // person, not a person.
  const last = tokens[end - 1] as Token;
  if (INSTITUTION_HEADS.has(last.text.toLowerCase()) || isNameHead(last)) return entity;
  for (let index = first + 1; index < end - 1; index += 1) {
    const word = (tokens[index] as Token).text;
    // The cheap tests first: most words are no given name.
    if (
      end - index <= 3 &&
      isGivenName(word) &&
      tokens.slice(index + 1, end).every((token) => isCapitalised(token.text))
    ) {
      return { start: (tokens[index] as Token).start, end: entity.end, type: 'PER' };
    }
  }
  return entity;
}

/** Last words of the names of places and bodies that are often named after a person. */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'university',
  'institute',
  'foundation',
  'center',
  'centre',
  'hospital',
  'school',
  'college',
  'library',
  'museum',
  'mosque',
  'church',
  'stadium',
  'airport',
  'street',
  'square',
  'bridge',
  'prize',
  'award',
]);
