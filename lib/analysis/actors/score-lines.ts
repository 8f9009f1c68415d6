import { isCalendarName } from '../calendar-words';
import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { replacedBy } from './replaced-spans';
import { isCapitalised, spaceBefore } from './token-lookup';

/** How a scorecard says a batsman was out ("Saeed Anwar c Stewart b Croft 25"): everyone named is a player. */
const DISMISSALS: ReadonlySet<string> = new Set(['c', 'b', 'st', 'lbw']);
/** The lower-case words a results line may hold: "Arsenal v Chelsea", a scorecard's dismissals. */
const RESULT_WORDS: ReadonlySet<string> = new Set(['v', 'v.', 'vs', 'vs.', ...DISMISSALS]);
const NUMBER = /^[+-]?\d[\d.,:/-]*$/;
/** The punctuation of results and standings: "1. Michael Johnson ( U.S. ) 19.32", "Leeds 0 , Newcastle 3". */
const TABLE_PUNCTUATION: ReadonlySet<string> = new Set(['(', ')', '-', '–', ',', ':', '.', ';', '/']);
/**
 * Names in lines of results and standings, which the tagger, having learned names inside sentences,
 * passes over: "Arsenal 2 Chelsea 1", "Newcastle 10 7 2 1 20 9 23", "1. Michael Johnson ( U.S. )
 * 19.32", "Saeed Anwar c Stewart b Croft 25". Such a line has numbers and capitalised words and nothing
 * else (but "v" and a scorecard's dismissals); each run of capitalised words is a name, a
 * competitor: a person when the tagger read one, a given name opens it, the competitor's country
 * follows in brackets, a score follows it in brackets (a scorer) or the line is a scorecard; the
 * country in brackets a place; otherwise a team, an organisation (the states among them are the
 * knowledge base's, which takes precedence).
 */
export function withScoreLineNames(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const names: TaggedEntity[] = [];
  for (const line of linesOf(text, tokens)) {
    if (!isScoreLine(tokens, line)) continue;
    let index = line.first;
    while (index < line.end) {
      if (!isNameWord((tokens[index] as Token).text)) {
        index++;
        continue;
      }
      const first = index;
      while (
        index + 1 < line.end &&
        spaceBefore(text, tokens, index + 1) &&
        isNameWord((tokens[index + 1] as Token).text)
      )
        index++;
      const start = (tokens[first] as Token).start;
      const end = (tokens[index] as Token).end;
      names.push({ start, end, type: competitorType(tokens, entities, line, first, index) });
      index++;
    }
  }
  return replacedBy(entities, names);
}

function competitorType(
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
  line: Line,
  first: number,
  last: number,
): TaggedEntity['type'] {
  const before = tokens[first - 1]?.text;
  const after = tokens[last + 1]?.text;
  // "Michael Johnson ( U.S. )": the competitor's country; "( Ikpeba 35 , Anderson 67 )": scorers.
  if (before === '(' && after === ')') return 'LOC';
  if (insideBrackets(tokens, line, first) && after !== undefined && NUMBER.test(after)) return 'PER';
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  const readAsPerson = entities.some(
    (entity) => entity.type === 'PER' && entity.start < end && start < entity.end,
  );
  if (
    readAsPerson ||
    isGivenName((tokens[first] as Token).text) ||
    after === '(' ||
    isScorecard(tokens, line)
  )
    return 'PER';
  return 'ORG';
}

/** Whether token `index` stands inside brackets opened earlier on its line. */
function insideBrackets(tokens: readonly Token[], line: Line, index: number): boolean {
  for (let at = index - 1; at >= line.first; at--) {
    const word = (tokens[at] as Token).text;
    if (word === ')') return false;
    if (word === '(') return true;
  }
  return false;
}

function isScorecard(tokens: readonly Token[], line: Line): boolean {
  for (let index = line.first; index < line.end; index++)
    if (DISMISSALS.has((tokens[index] as Token).text)) return true;
  return false;
}

interface Line {
  /** First token, and the token after the last. */
  first: number;
  end: number;
}

/** The text's lines as token ranges: results are set one to a line, whatever sentences they make. */
function linesOf(text: string, tokens: readonly Token[]): Line[] {
  const lines: Line[] = [];
  let first = 0;
  let newline = text.indexOf('\n');
  for (let index = 1; index <= tokens.length; index++) {
    const next = tokens[index];
    if (next && (newline < 0 || next.start < newline)) continue;
    lines.push({ first, end: index });
    first = index;
    if (next) newline = text.indexOf('\n', next.start);
  }
  return lines;
}

/**
 * Numbers and capitalised words only (and "v", a scorecard's dismissals and a table's punctuation),
 * two numbers at least (one on a scorecard), a number after the last name (scores follow names; a
 * contents line "3.7 Components" is the other way round), and no date.
 */
function isScoreLine(tokens: readonly Token[], line: Line): boolean {
  let numbers = 0;
  let nameSeen = false;
  let numberAfterName = false;
  let dismissals = 0;
  for (let index = line.first; index < line.end; index++) {
    const word = (tokens[index] as Token).text;
    if (DISMISSALS.has(word)) dismissals++;
    if (NUMBER.test(word)) {
      numbers++;
      numberAfterName ||= nameSeen;
    } else if (isNameWord(word)) {
      // A line naming a month or a day is a date ("Updated 13 March 2025 10:45"), not results.
      if (isCalendarName(word)) return false;
      nameSeen = true;
      numberAfterName = false;
    } else if (!RESULT_WORDS.has(word) && !TABLE_PUNCTUATION.has(word)) return false;
  }
  // A scorecard's line has one number, the runs: its dismissals make it one.
  return (numbers >= 2 || (numbers === 1 && dismissals > 0)) && numberAfterName;
}

function isNameWord(word: string): boolean {
  return isCapitalised(word) && !RESULT_WORDS.has(word);
}
