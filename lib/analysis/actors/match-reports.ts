import { isCalendarName } from '../calendar-words';
import type { Sentence, Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { overlaps } from './replaced-spans';
import { isCapitalised, spaceBefore } from './token-lookup';

/** A match score as reports write it: "2-1", "3-0", "101-99". */
const SCORE = /^\d{1,3}-\d{1,3}$/;
/** Verbs that tell one side's result against the other in a match report. */
const RESULT_VERBS: ReadonlySet<string> = new Set([
  'beat',
  'beats',
  'defeated',
  'defeats',
  'drew',
  'lost',
  'thrashed',
  'edged',
  'routed',
  'crushed',
  'held',
  'overcame',
  'stunned',
  'downed',
  'trounced',
  'eliminated',
  'hammered',
]);
/** Words between a result verb and the other side: "lost to Leeds", "drew with Ahly". */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['to', 'with', 'against']);
/** A side's name in a report is short: "Leeds", "Manchester United", "Paris St Germain". */
const MAX_SIDE_WORDS = 3;

/**
 * The two sides of a result in a match report: "Leeds beat Newcastle 2-1", "Ahly drew with Ismaily
 * 1-1", "Sampras beat Agassi 6-4 6-3". The tagger, taught on encyclopaedia sentences, often sees
 * neither side, or reads a club by its city as a place. In a sentence with a score, the capitalised
 * words right before a result verb and right after it (or after "to", "with", "against") are a
 * side: a team (an organisation) after a single score, a player (a person) when the score runs in
 * sets ("6-4 6-3") or a given name opens the name. A side the tagger read as a person or a body
 * stays as it read it; a state the knowledge base knows stays the state (a national side).
 */
export function withMatchReportSides(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const sides: TaggedEntity[] = [];
  for (const sentence of sentences) {
    const scores = scoresIn(tokens, sentence);
    if (scores === 0) continue;
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      if (!RESULT_VERBS.has((tokens[index] as Token).text)) continue;
      const subject = sideEndingAt(text, tokens, index - 1, sentence.tokenStart);
      const objectStart = OBJECT_WORDS.has(tokens[index + 1]?.text ?? '') ? index + 2 : index + 1;
      const object = sideStartingAt(text, tokens, objectStart, sentence.tokenEnd);
      for (const side of [subject, object]) {
        if (!side) continue;
        const first = (tokens[side.first] as Token).text;
        if (isCalendarName(first)) continue;
        const type = scores > 1 || isGivenName(first) ? 'PER' : 'ORG';
        sides.push({
          start: (tokens[side.first] as Token).start,
          end: (tokens[side.last] as Token).end,
          type,
        });
      }
    }
  }
  if (sides.length === 0) return [...entities];
  // A place or an event the tagger read there gives way to the side; a person or a body it read
  // keeps the tagger's reading.
  const result = entities.filter(
    (entity) =>
      !((entity.type === 'LOC' || entity.type === 'MISC') && sides.some((side) => overlaps(side, entity))),
  );
  for (const side of sides) {
    if (result.some((entity) => overlaps(entity, side))) continue;
    result.push(side);
  }
  return result.sort((a, b) => a.start - b.start);
}

/** How many scores the sentence holds in a row at most: 1 for a match, 2 or more for sets. */
function scoresIn(tokens: readonly Token[], sentence: Sentence): number {
  let most = 0;
  let run = 0;
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    // "April 14-18" is a date range, not a score.
    const isScore =
      SCORE.test((tokens[index] as Token).text) && !isCalendarName(tokens[index - 1]?.text ?? '');
    run = isScore ? run + 1 : 0;
    most = Math.max(most, run);
  }
  return most;
}

type Side = { first: number; last: number };

/** The capitalised words ending at token `last`, no further back than `limit`. */
function sideEndingAt(text: string, tokens: readonly Token[], last: number, limit: number): Side | null {
  let first = last;
  while (
    first >= limit &&
    last - first < MAX_SIDE_WORDS &&
    isCapitalised((tokens[first] as Token).text) &&
    (first === last || spaceBefore(text, tokens, first + 1))
  )
    first--;
  return first === last ? null : { first: first + 1, last };
}

/** The capitalised words starting at token `first`, before `limit`. */
function sideStartingAt(text: string, tokens: readonly Token[], first: number, limit: number): Side | null {
  let last = first;
  while (
    last < limit &&
    last - first < MAX_SIDE_WORDS &&
    isCapitalised((tokens[last] as Token).text) &&
    (last === first || spaceBefore(text, tokens, last))
  )
    last++;
  return last === first ? null : { first, last: last - 1 };
}
