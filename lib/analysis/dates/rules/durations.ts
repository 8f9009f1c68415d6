import { type Candidate, type DateContext, lineGatedMatches, matches } from '../context';
import { durationValue, NUMBER_PATTERN, numberValue, UNIT_PATTERN, unitOf, VAGUE_PATTERN } from '../lexicon';

// Lengths of time: "three months" → P3M, "48 hours" → PT48H, "five-to-ten-year" → P5Y, "for years" → PXY.
// TempEval spans include the modifier ("the past two months", "at least 72 hours"); a range takes its lower
// bound, the value TimeML annotators give the first member of "five to ten years".
const MODIFIER =
  '(?:(?:the )?(?:past|last|next|coming|previous|first|another|further|more than|less than|at least|over|nearly|almost|about|some|up to|around|roughly|only|just) )';
const AMOUNT = new RegExp(
  `\\b${MODIFIER}?(${NUMBER_PATTERN}|${VAGUE_PATTERN})(?:[ -](?:to|or)[ -](${NUMBER_PATTERN}))?` +
    `(?: more| and a half)?[ -](${UNIT_PATTERN})s?(?:-(?:long|old))?\\b(?!-(?!old))`,
  'gi',
);
/** The unit words every AMOUNT and EVERY match holds (context.ts's lineGatedMatches). */
const UNIT_GATE = new RegExp(UNIT_PATTERN, 'gi');
// "the past week", "the coming decade": one unit, no number.
const ONE_UNIT = new RegExp(`\\b(?:the )?(?:past|coming) (${UNIT_PATTERN})\\b(?!s)`, 'gi');
const ONE_UNIT_GATE = /(?:past|coming) /gi;
// "day-long", "decades-long".
const LONG = new RegExp(`\\b(${UNIT_PATTERN})(s?)-long\\b`, 'gi');
const LONG_GATE = /-long\b/gi;
// Bare plurals after a preposition: "for years", "in recent weeks" (the latter via AMOUNT's vague words).
// The preposition is checked looking back from the end of the unit word, not from its start: a pattern that
// opens with the unit words is scanned for quickly, where one that opens with a look-behind is tried at every
// position of the text. The same matches, since no unit word ends another.
const BARE_UNITS = '(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)';
const BARE = new RegExp(
  `(${BARE_UNITS})(?<=\\b(?:for|over|within|during|after|before|in|from|take|took|takes|last|lasted) (?:the )?${BARE_UNITS})\\b(?! ago)`,
  'gi',
);
// Recurrences (TIMEX3 SET): "daily", "every two weeks", "each year".
// Lower case only: "Al-Ahram Weekly" and "Daily News" are titles.
const SET_WORD = /\b(daily|weekly|monthly|annually|yearly|hourly)\b/g;
const SET_WORD_VALUE: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
};
const EVERY_GATE = /every|each/gi;
const EVERY = new RegExp(`\\b(?:every|each)(?: (other|${NUMBER_PATTERN}))? (${UNIT_PATTERN})s?\\b`, 'gi');

export function findDurations(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const push = (m: RegExpExecArray, value: string) =>
    out.push({ start: m.index, end: m.index + m[0].length, value, priority: 1 });
  for (const m of lineGatedMatches(UNIT_GATE, AMOUNT, text)) {
    const unit = unitOf(m[3] ?? '');
    if (!unit) continue;
    // Ages ("a 6-year-old", "44 years old") are not annotated as time in news corpora.
    if (/-old$/i.test(m[0]) || /^\s+old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)))
      continue;
    const word = (m[1] ?? '').toLowerCase();
    // "a" and "an" are only amounts when the unit is singular ("a year", not "a years").
    // "a years" is no amount, and "a day-long wait" is the -long rule's.
    if ((word === 'a' || word === 'an') && /s$|-long$/i.test(m[0])) continue;
    push(m, durationValue(numberValue(word), unit));
  }
  for (const m of lineGatedMatches(ONE_UNIT_GATE, ONE_UNIT, text)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) push(m, durationValue(1, unit));
  }
  for (const m of lineGatedMatches(LONG_GATE, LONG, text)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) push(m, durationValue(m[2] ? undefined : 1, unit));
  }
  for (const m of matches(BARE, text)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) push(m, durationValue(undefined, unit));
  }
  for (const m of matches(SET_WORD, text)) push(m, SET_WORD_VALUE[(m[1] ?? '').toLowerCase()] ?? 'P1D');
  for (const m of lineGatedMatches(EVERY_GATE, EVERY, text)) {
    const unit = unitOf(m[2] ?? '');
    if (!unit) continue;
    const amount = m[1] ? (m[1].toLowerCase() === 'other' ? 2 : numberValue(m[1])) : 1;
    push(m, durationValue(amount, unit));
  }
  return out;
}
