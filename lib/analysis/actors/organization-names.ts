import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';
import { CLAUSE_OPENERS, TITLE_HEADS } from './role-words';
import { isCapitalised } from './token-lookup';

/**
 * Capitalised words that end (or open, before "of") the name of a body: "Pakistan Muslim League",
 * "Alberta Social Credit Party", "Liberal Party of Canada", "League of Arab States".
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'party',
  'league',
  'front',
  'movement',
  'organization',
  'organisation',
  'federation',
  'confederation',
  'council',
  'union',
  'congress',
  'alliance',
  'coalition',
  'bloc',
  'brotherhood',
  'association',
  'committee',
  'commission',
  'assembly',
  'authority',
  'agency',
  'ministry',
  'corporation',
  'institute',
  'foundation',
  'syndicate',
  'caucus',
]);

/** Words after a name that make it part of an event, not a body: "2008 Meghalaya Legislative Assembly election". */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  'election',
  'elections',
  'primary',
  'primaries',
  'referendum',
  'by-election',
  'leadership',
  'convention',
]);
/** Capitalised words that open a sentence or a title rather than a name. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An']);
const MAX_MODIFIERS = 5;

/**
 * The names of bodies read from their shape: capitalised words before a body's head word
 * ("Pakistan Muslim League", "Alberta Social Credit Party"), and after it "of" or "for" and a name
 * ("Liberal Party of Canada", "League of Arab States", "Popular Front for the Liberation of
 * Palestine"); "and" never joins two names into one. The tagger often cuts such names short or reads
 * them as the place they start with ("Pakistan" of "Pakistan Muslim League"): where a name of this
 * shape stands across something the tagger found, and the tagger did not already find all of it,
 * it replaces what the tagger found there.
 */
export function withOrganizationNames(
  text: string,
  tokens: readonly Token[],
  tagged: readonly TaggedEntity[],
): TaggedEntity[] {
  const overlaps = (a: TaggedEntity, b: TaggedEntity) => a.start < b.end && b.start < a.end;
  // Only where the tagger saw a name: the shape alone would take "Members of Parliament" for one.
  const names = organizationNames(text, tokens).filter(
    (name) =>
      tagged.some((entity) => overlaps(entity, name)) &&
      !tagged.some((entity) => entity.start <= name.start && name.end <= entity.end),
  );
  if (names.length === 0) return [...tagged];
  return [...tagged.filter((entity) => !names.some((name) => overlaps(entity, name))), ...names].sort(
    (a, b) => a.start - b.start,
  );
}

function organizationNames(text: string, tokens: readonly Token[]): TaggedEntity[] {
  const names: TaggedEntity[] = [];
  const spaceBefore = (index: number) =>
    index > 0 && text.slice((tokens[index - 1] as Token).end, (tokens[index] as Token).start) === ' ';
  for (let head = 0; head < tokens.length; head += 1) {
    if (!isHead(tokens[head] as Token)) continue;
    let first = head;
    while (
      first > 0 &&
      head - first < MAX_MODIFIERS &&
      spaceBefore(first) &&
      isNameWord(tokens[first - 1] as Token)
    )
      first -= 1;
    let last = head;
    // "Indonesian Islamic Union Party": a later head word in the same run of names ends it.
    for (
      let next = head + 1;
      next < tokens.length && spaceBefore(next) && isNameWord(tokens[next] as Token);
      next += 1
    )
      if (isHead(tokens[next] as Token)) last = next;
    // "of Canada", "for the Liberation of Palestine": a name after "of" or "for", once nested.
    for (let nested = 0; nested < 2; nested += 1) {
      const after = nameAfterJoiner(tokens, last, spaceBefore);
      if (after === null) break;
      last = after;
    }
    if (first === last) continue;
    const next = tokens[last + 1];
    const previous = tokens[first - 1];
    const isEvent =
      (next && EVENT_WORDS.has(next.text.toLowerCase())) || (previous && /^\d{4}$/.test(previous.text));
    if (!isEvent)
      names.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, type: 'ORG' });
    head = last;
  }
  return names;
}

/** The last token of "of X Y" / "for the X" right after `from`, or null when none follows. */
function nameAfterJoiner(
  tokens: readonly Token[],
  from: number,
  spaceBefore: (index: number) => boolean,
): number | null {
  let index = from + 1;
  const joiner = tokens[index];
  if (!joiner || !spaceBefore(index) || (joiner.text !== 'of' && joiner.text !== 'for')) return null;
  index += 1;
  // "for the Liberation" is a name's; "of the Board" most often starts another one.
  if (joiner.text === 'for' && tokens[index]?.text === 'the' && spaceBefore(index)) index += 1;
  let last: number | null = null;
  while (
    index < tokens.length &&
    spaceBefore(index) &&
    isNameWord(tokens[index] as Token) &&
    !TITLE_HEADS.has((tokens[index] as Token).text.toLowerCase())
  ) {
    last = index;
    index += 1;
  }
  return last;
}

function isNameWord(token: Token): boolean {
  return isCapitalised(token.text) && !CLAUSE_OPENERS.has(token.text) && !NOT_NAME_WORDS.has(token.text);
}

function isHead(token: Token): boolean {
  return isCapitalised(token.text) && BODY_HEADS.has(token.text.toLowerCase());
}
