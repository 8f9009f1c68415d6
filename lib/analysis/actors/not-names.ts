import type { Span } from '../analysis';
import notActors from '../knowledge/not-actors.json';
import type { Token } from '../tokenize';
import { isTitleWord, POST_NOMINALS } from './role-words';
import { singleTokenOf, tokenIndexAt } from './token-lookup';

// What the tagger may take for a name but is none: the words and shapes no actor has.

const NOT_ACTOR_WORDS: ReadonlySet<string> = new Set(notActors.words);
const LOWER_CASE_LETTER = /\p{Ll}/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{Lt}\d]/u;
const LOWER_CASE_START = /^\p{Ll}/u;
const MEASURE = /^\d+(?:\.\d+)?(?:K|[KMGT]B|FPS|fps|[KMG]Hz|GHz|Ghz|MP|mAh|[kMG]?W|p|mm|cm|km|kg)$/;
/** Small words inside proper names: "Alliance of Liberals", "Camp David", "Dar al Ifta". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
  'el',
  'on',
  'in',
  'at',
]);

/**
 * Whether a span the tagger found is no name at all: words in lower case, one letter or a measure,
 * a title alone, a date's word, or a word of not-actors.json.
 */
export function isNoName(text: string, tokens: readonly Token[], span: Span): boolean {
  return (
    isAllLowerCase(text, span) ||
    isLetterOrMeasure(tokens, span) ||
    onlyTitleWords(tokens, span) ||
    isCalendarWord(tokens, span) ||
    isNotActorWord(tokens, span)
  );
}

/**
 * A name in English has a capital (or a digit: "6PR", "3M"); words all in lower case are common
 * words the tagger was taught as names by data whose annotators marked "liberal party" or "the
 * government". Scripts without case (Arabic) have neither and are not judged here.
 */
function isAllLowerCase(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end);
  return LOWER_CASE_LETTER.test(words) && !CAPITAL_OR_DIGIT.test(words);
}

/** One letter is no name ("N" of "PML ( N )"), nor is a measure ("4K", "12GB", "60FPS", "1080p"). */
function isLetterOrMeasure(tokens: readonly Token[], span: Span): boolean {
  const only = singleTokenOf(tokens, span);
  if (only === undefined) return false;
  const word = (tokens[only] as Token).text;
  return word.length === 1 || MEASURE.test(word);
}

/** Days and months the tagger may take for a place or an organisation ("in Beirut on Monday"). */
const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/**
 * The months that are no one's name, in full or cut short as news writes them ("Sept.", "Nov"):
 * "May", "March", "April", "June", "August" and "Jan" can be one.
 */
const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'jan.',
  'february',
  'feb',
  'feb.',
  'july',
  'september',
  'sept',
  'sept.',
  'sep.',
  'october',
  'oct',
  'oct.',
  'november',
  'nov',
  'nov.',
  'december',
  'dec',
  'dec.',
]);

/**
 * A weekday or a small word the tagger ran into the end of a name is not the name's ("Al-Sharq
 * Al-Awsat on Wednesday" written without its space; "the Center for Health and Human Rights at
 * Harvard" cut after "at").
 */
export function withoutTrailingNonNames(tokens: readonly Token[], span: Span): Span {
  const first = tokenIndexAt(tokens, span.start);
  let end = tokenIndexAt(tokens, span.end - 1) + 1;
  while (end - 1 > first && isTrailingNonName((tokens[end - 1] as Token).text)) end -= 1;
  return { start: span.start, end: (tokens[end - 1] as Token).end };
}

function isTrailingNonName(word: string): boolean {
  return WEEKDAYS.has(word.toLowerCase()) || NAME_CONNECTORS.has(word);
}

/** A day of the week or one of those months, alone, is a date, never an actor. */
function isCalendarWord(tokens: readonly Token[], span: Span): boolean {
  const word = singleWordOf(tokens, span)?.toLowerCase();
  return word !== undefined && (WEEKDAYS.has(word) || MONTHS.has(word));
}

/** "Islam", "Salafi" or "GDP" alone is no actor (lib/analysis/knowledge/not-actors.json). */
function isNotActorWord(tokens: readonly Token[], span: Span): boolean {
  const word = singleWordOf(tokens, span);
  return word !== undefined && NOT_ACTOR_WORDS.has(word);
}

/** The span's word when it is one token, as written. */
function singleWordOf(tokens: readonly Token[], span: Span): string | undefined {
  const only = singleTokenOf(tokens, span);
  return only === undefined ? undefined : tokens[only]?.text;
}

/** "Envoy", "Minister" or "MLA" alone is a title, never an actor. */
function onlyTitleWords(tokens: readonly Token[], span: Span): boolean {
  const end = tokenIndexAt(tokens, span.end - 1) + 1;
  for (let index = tokenIndexAt(tokens, span.start); index < end; index++) {
    const word = (tokens[index] as Token).text;
    if (!isTitleWord(word.toLowerCase()) && !POST_NOMINALS.has(word)) return false;
  }
  return true;
}

/** Whether every word of a span is capitalised, a number, or a small word names keep ("of", "al"). */
export function isProperName(tokens: readonly Token[], span: Span): boolean {
  const first = tokenIndexAt(tokens, span.start);
  const last = tokenIndexAt(tokens, span.end - 1);
  for (let index = first; index <= last; index++) {
    const word = (tokens[index] as Token).text;
    if (LOWER_CASE_START.test(word) && !NAME_CONNECTORS.has(word)) return false;
  }
  return true;
}
