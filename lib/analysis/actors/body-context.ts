import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { spaceBefore, tokenIndexAt } from './token-lookup';

/**
 * Verbs that may follow "the X" when X is a body: "the Kōmeitō became", "the Euskadiko Ezkerra
 * sent". Any other lower-case word after "the X" is likely a noun X modifies ("the Netanyahu
 * government", "the Edith Wharton novel"), and X may be a person's name.
 */
const VERBS_AFTER_A_BODY: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'became',
  'won',
  'lost',
  'joined',
  'formed',
  'merged',
  'split',
  'left',
  'sent',
  'gained',
  'took',
  'said',
  'announced',
  'declared',
  'decided',
  'voted',
  'called',
  'supported',
  'opposed',
  'rejected',
  'held',
  'received',
  'entered',
  'would',
  'will',
  'could',
  'did',
]);
/** A person's name "the" may stand before is short: "the Kōmeitō", "the Euskadiko Ezkerra". */
const MAX_WORDS = 2;
/** An acronym in brackets: "( KRF )", "(BN)". */
const BRACKETED_ACRONYM = /^ ?\( ?(\p{Lu}[\p{Lu}\d&-]{1,7}) ?\)/u;
/** How far after a name its bracketed acronym may end: " ( ABCDEFGH )". */
const ACRONYM_LOOK_AHEAD = 14;
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * What the words around a name tell of a "person" the tagger never met: it is a body's name.
 * - "the" before it, and after it a verb or no word at all ("the Kōmeitō became one of the ruling
 *   parties", "the PvdA ,"; but "the Netanyahu government"): people do not take "the".
 * - An acronym in brackets after it, made of its initials ("Barisan Nasional ( BN )",
 *   "Rashtriya Swayamsevak Sangh ( RSS )"): people are not given acronyms ("Mohammed bin Salman
 *   ( MBS )" starts with a given name and stays a person).
 */
export function withBodyContext(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  return entities.map((entity) => {
    if (entity.type !== 'PER') return entity;
    const first = tokenIndexAt(tokens, entity.start);
    const last = tokenIndexAt(tokens, entity.end - 1);
    const words = tokens.slice(first, last + 1);
    if (words.some((word) => isGivenName(word.text))) return entity;
    const isBody =
      (words.length <= MAX_WORDS && afterTheBeforeAVerb(text, tokens, first, last)) ||
      acronymOfInitials(text.slice(entity.end, entity.end + ACRONYM_LOOK_AHEAD), words);
    return isBody ? { ...entity, type: 'ORG' } : entity;
  });
}

/** Whether tokens [first, last] stand after "the" and before a verb, punctuation or nothing. */
function afterTheBeforeAVerb(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before?.text !== 'the' || !spaceBefore(text, tokens, first)) return false;
  const after = tokens[last + 1];
  return !after || !LOWER_CASE_START.test(after.text) || VERBS_AFTER_A_BODY.has(after.text);
}

/** Whether the text after a name opens with an acronym in brackets made of the name's initials. */
function acronymOfInitials(after: string, words: readonly Token[]): boolean {
  const acronym = BRACKETED_ACRONYM.exec(after)?.[1];
  if (!acronym || words.length < 2) return false;
  const initials = words.map((word) => word.text[0]).join('');
  return acronym.replace(/[^\p{Lu}]/gu, '') === initials.toUpperCase();
}
