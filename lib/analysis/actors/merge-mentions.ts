import { lowerBound } from '../../util/lower-bound';
import type { EntityType } from '../tagger/tag-set';
import type { Token } from '../tokenize';
import { personAfterTitle, withGivenNames } from './given-names';
import { endsInHeadWord } from './head-words';
import type { KnownMention } from './known-mentions';
import { isNoName, isProperName, withoutTrailingNonNames } from './not-names';
import { isTitleWord, POST_NOMINALS, TITLE_CONNECTORS } from './role-words';
import { isCapitalised, isPossessiveMark, tokenIndexAt } from './token-lookup';

/** An entity the tagger found: character offsets and its type (MISC included: events, works, laws). */
export interface TaggedEntity {
  start: number;
  end: number;
  type: EntityType;
}

/** A name the tagger found that the knowledge base does not know. */
export interface UnknownMention {
  start: number;
  end: number;
  type: Exclude<EntityType, 'MISC'>;
}

type Span = { start: number; end: number };

/**
 * Puts the knowledge base's matches and the tagger's entities together. The knowledge base is
 * precise about who a name is; the tagger knows where a name begins and ends. So:
 * - where both see the same name, the knowledge base's actor stands;
 * - where the tagger sees a longer name around known ones ("Conservative Party of Canada",
 *   "Cairo University", "Gulf War"), the longer name stands and the known names inside it are not
 *   mentions of their own; an event or a work the tagger reads in words that are no name ("the
 *   2001 United Kingdom general election") leaves them be;
 * - where they cross, the knowledge base wins.
 */
export function mergeMentions(
  text: string,
  tokens: readonly Token[],
  known: readonly KnownMention[],
  tagged: readonly TaggedEntity[],
): { known: KnownMention[]; unknown: UnknownMention[] } {
  const kept = new Set(known);
  const unknown: UnknownMention[] = [];
  const sorted = [...known].sort((a, b) => a.start - b.start);
  for (const raw of tagged) {
    const entity = withGivenNames(text, tokens, personAfterTitle(tokens, raw));
    const nearby = overlappingMentions(sorted, entity);
    const core =
      entity.type === 'PER' ? personCore(tokens, entity, nearby) : withoutPossessive(tokens, entity);
    const trimmed = core && withoutTrailingNonNames(tokens, core);
    const span =
      trimmed && entity.type === 'ORG' ? withoutLeadingStateAcronym(text, tokens, trimmed, nearby) : trimmed;
    if (!span || isNoName(text, tokens, span)) continue;
    const overlapping = nearby.filter((mention) => mention.start < span.end && span.start < mention.end);
    const enclosesKnown =
      overlapping.length > 0 &&
      overlapping.every((mention) => span.start <= mention.start && mention.end <= span.end) &&
      (addsNameWords(text, tokens, span, overlapping) || joinsSeparateNames(text, overlapping));
    // An event or a work named in full ("Gulf War", "Camp David Accords") holds the known names in
    // it; a description the tagger took for one ("the invasion of oil-rich Kuwait by Iraq", "the
    // 2001 United Kingdom general election") leaves them standing.
    if (enclosesKnown && (entity.type !== 'MISC' || isProperName(tokens, span)))
      for (const mention of overlapping) kept.delete(mention);
    if ((overlapping.length === 0 || enclosesKnown) && entity.type !== 'MISC') {
      unknown.push({ start: span.start, end: span.end, type: entity.type });
    }
  }
  return { known: known.filter((mention) => kept.has(mention)), unknown };
}

/** "US", "U.S.", "UK", "U.K.": a state's acronym that English puts before a body as a modifier. */
const STATE_ACRONYM = /^(?:\p{Lu}\.?){2}$/u;
/** Words a body's name must keep after the acronym for it to stand alone ("Justice Department"). */
const MIN_BODY_WORDS = 2;

/**
 * A body's name opened by a state's acronym is the state and the body: "U.S. Justice Department",
 * "US National Academy of Sciences", "UK Royal Academy of Engineering" (as news annotation has it,
 * CoNLL's and CrossNER's alike). The state is then a mention of its own, and the body is named
 * without it. Only an acronym: a state's full name before a body is often the body's own
 * ("Kuwait Petroleum Corporation"), and "US Airways" keeps one word only.
 */
function withoutLeadingStateAcronym(
  text: string,
  tokens: readonly Token[],
  span: Span,
  nearby: readonly KnownMention[],
): Span {
  const state = nearby.find((mention) => mention.start === span.start && mention.kind === 'state');
  if (!state || !STATE_ACRONYM.test(text.slice(state.start, state.end))) return span;
  const first = tokenIndexAt(tokens, state.end - 1) + 1;
  const last = tokenIndexAt(tokens, span.end - 1);
  const rest = tokens[first];
  if (rest === undefined || last - first + 1 < MIN_BODY_WORDS || !isCapitalised(rest.text)) return span;
  return { start: rest.start, end: span.end };
}

/** The known mentions that overlap `span`; `sorted` is in text order and its spans do not overlap. */
function overlappingMentions(sorted: readonly KnownMention[], span: Span): KnownMention[] {
  const found: KnownMention[] = [];
  for (
    let index = lowerBound(sorted, (mention) => mention.end <= span.start);
    index < sorted.length;
    index += 1
  ) {
    const mention = sorted[index] as KnownMention;
    if (mention.start >= span.end) break;
    found.push(mention);
  }
  return found;
}

/**
 * Whether the span names more than the known mentions in it: a capitalised word of its own that is
 * not a title ("Party" in "Conservative Party of Canada", not "Envoy" in "US Envoy"), or a number
 * (the year of "2001 United Kingdom general election").
 */
function addsNameWords(
  text: string,
  tokens: readonly Token[],
  span: Span,
  inside: readonly KnownMention[],
): boolean {
  const first = tokenIndexAt(tokens, span.start);
  const end = tokenIndexAt(tokens, span.end - 1) + 1;
  const endsInHead = endsInHeadWord(tokens, span);
  for (let index = first; index < end; index += 1) {
    const token = tokens[index] as Token;
    const own = uncovered(text, token, inside);
    if (/^\d/.test(own)) return true;
    const lower = token.text.toLowerCase();
    // Before a body's head word, "National" is a name's ("National Democratic Party"), not a title's.
    const titleWord = !endsInHead && isTitleWord(lower);
    if (isCapitalised(own) && !titleWord && /\p{L}{2}/u.test(own)) return true;
  }
  return false;
}

/**
 * Whether known names stand side by side as words of one longer name ("Italian Republican Party",
 * "Conservative Party of Canada"), rather than as parts of one hyphenated word ("US-Hamas").
 */
function joinsSeparateNames(text: string, inside: readonly KnownMention[]): boolean {
  const sorted = [...inside].sort((a, b) => a.start - b.start);
  for (let index = 1; index < sorted.length; index += 1) {
    const gap = text.slice((sorted[index - 1] as KnownMention).end, (sorted[index] as KnownMention).start);
    if (/\s/.test(gap)) return true;
  }
  return false;
}

/** The characters of a token that no known mention covers ("-" of "US-Israeli"; all of "Party"). */
function uncovered(text: string, token: Token, inside: readonly KnownMention[]): string {
  let rest = '';
  for (let offset = token.start; offset < token.end; offset += 1) {
    if (!inside.some((mention) => mention.start <= offset && offset < mention.end)) rest += text[offset];
  }
  return rest;
}

/**
 * The name inside a tagged person span: titles, demonyms and states before it are the role
 * ("Israeli Prime Minister Benjamin Netanyahu" → "Benjamin Netanyahu"), a possessive after it is not,
 * nor letters for a seat or an honour ("Jane Smith MP").
 */
function personCore(tokens: readonly Token[], entity: Span, known: readonly KnownMention[]): Span | null {
  let first = tokenIndexAt(tokens, entity.start);
  let end = tokenIndexAt(tokens, entity.end - 1) + 1;
  while (first < end) {
    const token = tokens[first] as Token;
    if (!inTitle(token, known)) break;
    // A connector belongs to the title only with more of the title after it: "Minister of Defence
    // Ali …", but "Reverend Al Sharpton", where "Al" is the given name.
    const next = tokens[first + 1];
    if (TITLE_CONNECTORS.has(token.text.toLowerCase()) && (next === undefined || !inTitle(next, known)))
      break;
    first += 1;
  }
  while (end > first && isPossessiveMark((tokens[end - 1] as Token).text)) end -= 1;
  while (end > first + 1 && POST_NOMINALS.has((tokens[end - 1] as Token).text)) end -= 1;
  if (first >= end) return null;
  return { start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end };
}

/** A word of a title, or of a known name that is no person's ("Israeli" of "Israeli Prime Minister"). */
function inTitle(token: Token, known: readonly KnownMention[]): boolean {
  if (isTitleWord(token.text.toLowerCase())) return true;
  for (const mention of known)
    if (mention.start <= token.start && token.end <= mention.end && mention.kind !== 'person') return true;
  return false;
}

function withoutPossessive(tokens: readonly Token[], entity: Span): Span | null {
  const first = tokenIndexAt(tokens, entity.start);
  let end = tokenIndexAt(tokens, entity.end - 1) + 1;
  while (end > first && isPossessiveMark((tokens[end - 1] as Token).text)) end -= 1;
  if (first >= end) return null;
  return { start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end };
}
