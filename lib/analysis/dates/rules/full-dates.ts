import * as chrono from 'chrono-node';
import { type Day, formatDay, formatTime, isValidDay } from '../calendar';
import { type Candidate, type DateContext, directionAt, matches, nearestRecurrence } from '../context';
import { MONTH_PATTERN } from '../lexicon';

// Calendar dates with a day ("13 March, 2025", "Aug. 7", "Thursday, April 6", "2025-03-13") come from chrono's
// strict parser, which knows the many written forms. Chrono is slow on a whole article, so it only sees short
// windows around a cheap prefilter hit: a month name next to a number, or a numeric date.
const PREFILTER = new RegExp(
  `\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH_PATTERN}|${MONTH_PATTERN} \\d{1,2}\\b|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
  'g',
);
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 24;
const MAX_WINDOW = 400;
// Chrono includes a leading preposition ("on 13 March"); TempEval spans do not.
const LEADING_WORD = /^(?:(?:on|in|at|by|from|since|until|till|of|the|to|before|after|during)\s+)+/i;

export function findFullDates(ctx: DateContext): Candidate[] {
  const { text, dct } = ctx;
  const windows: [number, number][] = [];
  for (const m of matches(PREFILTER, text)) {
    const from = Math.max(0, m.index - WINDOW_BEFORE);
    const to = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    // Merge close hits, but keep windows short: chrono's cost grows faster than the text it reads.
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = to;
    else windows.push([from, to]);
  }
  if (windows.length === 0) return [];
  const ref = dct ? { instant: new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)), timezone: 0 } : undefined;
  const out: Candidate[] = [];
  for (const [from, to] of windows) {
    for (const result of chrono.strict.parse(text.slice(from, to), ref)) {
      const candidate = toCandidate(ctx, result, from);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

function toCandidate(ctx: DateContext, result: chrono.ParsedResult, offset: number): Candidate | undefined {
  const c = result.start;
  if (!c.isCertain('month') || !c.isCertain('day')) return undefined; // bare times are the times rule's
  let start = offset + result.index;
  let spanText = result.text;
  const lead = LEADING_WORD.exec(spanText)?.[0] ?? '';
  start += lead.length;
  spanText = spanText.slice(lead.length).trimEnd();
  // Window edges can cut a number in half ("…2025" read as "25"); such results are not trustworthy.
  if (/\d/.test(ctx.text[start - 1] ?? '') || /\d/.test(ctx.text[start + spanText.length] ?? ''))
    return undefined;
  const m = c.get('month') ?? 0;
  const d = c.get('day') ?? 0;
  const y = c.isCertain('year') ? (c.get('year') ?? 0) : yearFor(ctx, m, d, start, start + spanText.length);
  if (y === undefined) return undefined;
  const day: Day = { y, m, d };
  if (!isValidDay(day)) return undefined;
  let value = y < 0 ? `XXXX-${formatDay({ ...day, y: 2000 }).slice(5)}` : formatDay(day);
  if (c.isCertain('hour')) value += `T${formatTime(c.get('hour') ?? 0, c.get('minute') ?? 0)}`;
  return { start, end: start + spanText.length, value, priority: 3 };
}

/** A year-less "March 13": the nearest one, leaning 60 days toward the tense of the clause. */
function yearFor(ctx: DateContext, m: number, d: number, start: number, end: number): number | undefined {
  const { dct } = ctx;
  if (!dct) return -1;
  const years = [dct.y - 1, dct.y, dct.y + 1];
  const offsets = years.map((y) => dayNumber({ y, m, d }) - dayNumber(dct));
  return years[nearestRecurrence(offsets, directionAt(ctx.text, start, end), 60)];
}

/** Days since an arbitrary epoch, good enough to compare recurrences (Feb. 29 rolls into March). */
function dayNumber({ y, m, d }: Day): number {
  return Date.UTC(2000, m - 1, d) / 86_400_000 + (y - 2000) * 365.2425;
}
