import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';
import { SpanSearch } from './span-search';
import { isCapitalised, isPossessiveMark, spaceBefore, tokenIndexAt } from './token-lookup';

/**
 * Words that end the names of places and businesses named with a possessive: "Sam's Club",
 * "Fisherman's Terminal", "Martha's Vineyard", "St Paul's Cathedral". Only these: after a
 * possessive, most capitalised words are a body of the owner's ("Egypt's Foreign Ministry", "Smith's
 * Office"), which stays two names.
 */
const POSSESSIVE_NAME_HEADS: ReadonlyMap<string, 'ORG' | 'LOC'> = new Map([
  ...['club', 'college', 'school', 'hospital', 'restaurant', 'kitchen', 'store', 'market', 'pub', 'inn'].map(
    (head) => [head, 'ORG'] as const,
  ),
  ...[
    'cathedral',
    'church',
    'chapel',
    'abbey',
    'square',
    'terminal',
    'wharf',
    'vineyard',
    'island',
    'bridge',
    'park',
    'landing',
  ].map((head) => [head, 'LOC'] as const),
]);
/** Words of the owner's name: "Sam", "St Paul". */
const MAX_OWNER_TOKENS = 2;

/**
 * A name with a possessive inside ("Sam's Club") is one name of its head's kind. The tagger, taught
 * on text where "'s" ends a name, reads it as two ("Sam" a person, "Club" a work). The owner must be
 * a name the knowledge base does not know: "Israel's Island" would be Israel's.
 */
export function withPossessiveNames(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
  known: SpanSearch = new SpanSearch([]),
): TaggedEntity[] {
  const result: TaggedEntity[] = [];
  for (let index = 0; index < entities.length; index++) {
    const owner = entities[index] as TaggedEntity;
    const joined = possessiveName(text, tokens, owner, known);
    if (joined === null) {
      result.push(owner);
      continue;
    }
    result.push(joined);
    // The head word the tagger read as a name of its own goes into the joined one.
    while ((entities[index + 1]?.start ?? Number.POSITIVE_INFINITY) < joined.end) index++;
  }
  return result;
}

/** "Sam" + "'s" + "Club", as one entity; null when the owner is not followed so. */
function possessiveName(
  text: string,
  tokens: readonly Token[],
  owner: TaggedEntity,
  known: SpanSearch,
): TaggedEntity | null {
  const first = tokenIndexAt(tokens, owner.start);
  // The tagger may have taken the mark into the owner ("Fisherman's" + "Terminal").
  const lastOfSpan = tokenIndexAt(tokens, owner.end - 1);
  const last = lastOfSpan > first && isSuffixMark(tokens, lastOfSpan) ? lastOfSpan - 1 : lastOfSpan;
  const head = tokens[last + 2];
  if (head === undefined || last - first + 1 > MAX_OWNER_TOKENS || !isSuffixMark(tokens, last + 1))
    return null;
  if (!spaceBefore(text, tokens, last + 2) || !isCapitalised(head.text)) return null;
  const type = POSSESSIVE_NAME_HEADS.get(head.text.toLowerCase());
  if (type === undefined || known.overlaps(owner)) return null;
  // The head must end the name: "Sam's Club Card" is another thing.
  const after = tokens[last + 3];
  if (after !== undefined && spaceBefore(text, tokens, last + 3) && isCapitalised(after.text)) return null;
  return { start: owner.start, end: head.end, type };
}

/** Whether token `index` is "'s" written onto the word before it. */
function isSuffixMark(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  return (
    mark !== undefined &&
    mark.text.length === 2 &&
    isPossessiveMark(mark.text) &&
    mark.start === tokens[index - 1]?.end
  );
}
