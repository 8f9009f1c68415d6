import type { Span } from '../analysis';
import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import { headType, isStateHead } from './head-words';
import type { TaggedEntity } from './merge-mentions';
import { replacedBy } from './replaced-spans';
import { CLAUSE_OPENERS, TITLE_HEADS } from './role-words';
import { SpanSearch } from './span-search';
import { isCapitalised, isPossessiveMark, spaceBefore } from './token-lookup';

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
/** Nouns whose possessive opens the names of bodies: "People's Party", "Women's Union". */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'People',
  'Peoples',
  'Workers',
  'Women',
  'Woman',
  'Children',
  'Citizens',
  'Farmers',
  'Peasants',
  'Veterans',
  'Soldiers',
  'Students',
  'Teachers',
  'Lord',
  'Nation',
  'Patriots',
  'Martyrs',
  'Mothers',
]);
/** Capitalised words that open a sentence or a title rather than a name. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An']);
/** A capitalised compound that describes a name rather than belongs to it: "Cairo-based", "Saudi-backed". */
const DESCRIBING_COMPOUND = /-(?:based|backed|led|owned|run|born|funded|controlled|made)$/i;
/** At most this many words before a head word: "Alberta Social Credit Party" has three. */
const MAX_MODIFIERS = 5;

/**
 * The names of bodies and places read from their shape: capitalised words (a number may follow a
 * word: "April 6 Movement") before a head word ("Pakistan Muslim League", "Al-Nour Mosque"), and
 * after a body's head "of" or "for" and a name ("Liberal Party of Canada", "League of Arab States",
 * "Popular Front for the Liberation of Palestine"); "and" never joins two names into one. The
 * tagger often cuts such names short or reads them as the place or the party they start with
 * ("Pakistan" of "Pakistan Muslim League", the Al-Nour party of "Al-Nour Mosque"): where a name of
 * this shape stands across a name the tagger or the knowledge base (`known`) found, and the tagger
 * did not already find all of it, it replaces what the tagger found there.
 */
export function withShapedNames(
  text: string,
  tokens: readonly Token[],
  tagged: readonly TaggedEntity[],
  known: readonly Span[] = [],
): TaggedEntity[] {
  // Only where a name was seen: the shape alone would take "Members of Parliament" for one. Where
  // the tagger saw this very name, its head word still decides the kind ("Al-Nour Mosque" is no one,
  // "South African Communist Party" no event or work); inside a longer name the tagger saw
  // ("1994 South African general election"), the longer name stands.
  const seen: readonly Span[] = [...tagged, ...known];
  // "Republic of Egypt", "Principality of Monaco": the state the knowledge base knows by its name.
  const knownEnds = new Set(
    known.filter((span) => text.slice(span.start - 4, span.start) === ' of ').map((span) => span.end),
  );
  const ofKnownState = (name: TaggedEntity) => name.type === 'LOC' && knownEnds.has(name.end);
  // "Herbert Bay", "David Camp": a person the tagger saw, whose surname is a place's head word.
  const peopleStarts = new Set(
    tagged
      .filter(
        (entity) =>
          entity.type === 'PER' && isGivenName(text.slice(entity.start, entity.end).split(' ')[0] ?? ''),
      )
      .map((entity) => entity.start),
  );
  const personsName = (name: TaggedEntity) => name.type === 'LOC' && peopleStarts.has(name.start);
  const seenSpans = new SpanSearch(seen);
  const taggedSpans = new SpanSearch(tagged);
  const names = shapedNames(text, tokens).filter(
    (name) =>
      !ofKnownState(name) && !personsName(name) && seenSpans.overlaps(name) && !taggedSpans.encloses(name),
  );
  return replacedBy(tagged, names);
}

function shapedNames(text: string, tokens: readonly Token[]): TaggedEntity[] {
  const names: TaggedEntity[] = [];
  const joined = (index: number) => spaceBefore(text, tokens, index);
  for (let head = 0; head < tokens.length; head += 1) {
    const type = headType(tokens[head] as Token);
    if (!type) continue;
    let first = head;
    while (first > 0 && head - first < MAX_MODIFIERS) {
      if (joined(first) && isModifier(tokens, first - 1)) first -= 1;
      else if (joined(first) && opensWithPossessive(text, tokens, first - 1)) first -= 2;
      else break;
    }
    let last = head;
    // "Indonesian Islamic Union Party": a later head word in the same run of names ends it.
    for (
      let next = head + 1;
      next < tokens.length && joined(next) && isNameWord(tokens[next] as Token);
      next += 1
    )
      if (headType(tokens[next] as Token) === type) last = next;
    // "of Canada", "for the Liberation of Palestine": a name after "of" or "for", once nested.
    const nestings = type === 'ORG' ? 2 : isStateHead(tokens[last] as Token) ? 1 : 0;
    for (let nested = 0; nested < nestings; nested += 1) {
      const after = nameAfterJoiner(tokens, last, joined);
      if (after === null) break;
      last = after;
    }
    if (first === last) continue;
    const next = tokens[last + 1];
    const previous = tokens[first - 1];
    const isEvent =
      (next !== undefined && EVENT_WORDS.has(next.text.toLowerCase())) ||
      (previous !== undefined && /^\d{4}$/.test(previous.text));
    if (!isEvent)
      names.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, type });
    head = last;
  }
  return names;
}

/** The last token of "of X Y" / "for the X" right after `from`, or null when none follows. */
function nameAfterJoiner(
  tokens: readonly Token[],
  from: number,
  joined: (index: number) => boolean,
): number | null {
  let index = from + 1;
  const joiner = tokens[index];
  if (!joiner || !joined(index) || (joiner.text !== 'of' && joiner.text !== 'for')) return null;
  index += 1;
  // "for the Liberation" is a name's; "of the Board" most often starts another one.
  if (joiner.text === 'for' && tokens[index]?.text === 'the' && joined(index)) index += 1;
  let last: number | null = null;
  while (
    index < tokens.length &&
    joined(index) &&
    isNameWord(tokens[index] as Token) &&
    !TITLE_HEADS.has((tokens[index] as Token).text.toLowerCase()) &&
    // "Liberal Party of Canada Fernand Viau": a given name after the place starts a person's name.
    !(last !== null && isGivenName((tokens[index] as Token).text))
  ) {
    last = index;
    index += 1;
  }
  return last;
}

function isNameWord(token: Token): boolean {
  return (
    isCapitalised(token.text) &&
    !CLAUSE_OPENERS.has(token.text) &&
    !NOT_NAME_WORDS.has(token.text) &&
    !DESCRIBING_COMPOUND.test(token.text)
  );
}

/** A word before a head word that belongs to the name: a capitalised word, or a number after one. */
/**
 * Whether token `mark` is the possessive of a collective noun that opens a body's name: "People's
 * Party", "Workers ' Party", "Lord's Resistance Army". Only such nouns: "Egypt's Wafd Party" and
 * "Mubarak's National Democratic Party" name the party, not its owner.
 */
function opensWithPossessive(text: string, tokens: readonly Token[], mark: number): boolean {
  const noun = tokens[mark - 1];
  if (!noun || !isPossessiveMark((tokens[mark] as Token).text) || !COLLECTIVE_NOUNS.has(noun.text))
    return false;
  return (tokens[mark] as Token).start === noun.end || spaceBefore(text, tokens, mark);
}

function isModifier(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (/^\d+$/.test(token.text)) return index > 0 && isNameWord(tokens[index - 1] as Token);
  return isNameWord(token);
}
