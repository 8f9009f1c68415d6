import type { Day } from './calendar';

/** A temporal expression found by one rule, before overlaps between rules are settled. */
export type Candidate = { start: number; end: number; value: string; priority: number };

/** What every rule needs: the text and the publication date that relative expressions resolve against. */
export interface DateContext {
  text: string;
  /** Publication date; undefined when unknown, and then relative expressions get unanchored values (XXXX). */
  dct: Day | undefined;
}

export type Direction = 'past' | 'future';

/**
 * Picks among the yearly recurrences of a year-less date (offsets in any unit from publication, one per
 * candidate year) the nearest one, after a penalty against the tense of the clause: news mostly looks back,
 * but "Jan. 14" in a 6 January report is next week, not last year.
 */
export function nearestRecurrence(offsets: number[], direction: Direction, penalty: number): number {
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  offsets.forEach((offset, i) => {
    const against = direction === 'past' ? offset > 0 : offset < 0;
    const cost = Math.abs(offset) + (against ? penalty : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  });
  return best;
}

// News narrates in the past: an unqualified "Thursday" or "in December" is the last one, unless the clause
// looks ahead. Cues are matched on the sentence around the expression; the nearest cue wins, so in "said
// Friday he will go" the "said" beside Friday decides.
const FUTURE_CUE =
  /\b(?:will|won't|'ll|shall|going to|plans? to|planned|planning|scheduled|expected|due to|next|upcoming|coming|later|would|could|might|as soon as|as early as|to be held|is to|are to)\b/gi;
// Past participles only in lower case: "United" is not a verb.
const PAST_CUE =
  /\b(?:[Ss]aid|[Ss]ays|[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|ago|[Ll]ast|[Ee]arlier|[Ss]ince|[a-z]{2,}ed)\b/g;

const WINDOW = 200;

export function directionAt(text: string, start: number, end: number): Direction {
  // Char codes, not a regex per char: this walks up to 400 chars for every date that needs a tense.
  let from = start;
  while (from > 0 && start - from < WINDOW && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !isClauseBreak(text.charCodeAt(to))) {
    if (
      text[to] === '.' &&
      /\s/.test(text[to + 1] ?? ' ') &&
      !/\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(to - 5, to))
    )
      break;
    to++;
  }
  const future = nearest(FUTURE_CUE, text, from, to, start, end);
  if (future === Number.POSITIVE_INFINITY) return 'past';
  return future < nearest(PAST_CUE, text, from, to, start, end) ? 'future' : 'past';
}

/** '!', '?' or a newline. */
function isClauseBreak(code: number): boolean {
  return code === 33 || code === 63 || code === 10;
}

/** '.', '!', '?' or a newline. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || isClauseBreak(code);
}

function nearest(
  pattern: RegExp,
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
): number {
  const sentence = text.slice(from, to);
  let best = Number.POSITIVE_INFINITY;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const at = from + m.index;
    const distance = at >= end ? at - end : at + m[0].length <= start ? start - at - m[0].length : 0;
    if (at + m[0].length > start && at < end) continue; // the expression's own words ("next", "last") are not tense
    best = Math.min(best, distance);
  }
  return best;
}

/**
 * `matches`, run only on the lines of the text where `gate` occurs. For a pattern that cannot match
 * across a line break and opens with optional words ("the past two months"), which the regex engine
 * tries at every position of the text: a gate of the words every match contains is found far faster,
 * and most lines have none. The matches are the same, with their indices in the whole text: a line
 * starts and ends where a word cannot go on, as the text does. `gate` must be global.
 */
export function* lineGatedMatches(gate: RegExp, pattern: RegExp, text: string): Generator<RegExpExecArray> {
  gate.lastIndex = 0;
  for (let hit = gate.exec(text); hit; hit = gate.exec(text)) {
    const lineStart = text.lastIndexOf('\n', hit.index) + 1;
    const newline = text.indexOf('\n', hit.index);
    const lineEnd = newline < 0 ? text.length : newline;
    for (const m of matches(pattern, text.slice(lineStart, lineEnd))) {
      m.index += lineStart;
      yield m;
    }
    gate.lastIndex = lineEnd + 1;
  }
}

/** Runs a global regex over the text, yielding matches; keeps rule files free of exec-loop boilerplate. */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    yield m;
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
