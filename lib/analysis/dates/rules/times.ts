import { addDays, type Day, formatTime } from '../calendar';
import { type Candidate, type DateContext, directionAt, matches } from '../context';
import { WEEKDAY_PATTERN, weekdayNumber } from '../lexicon';
import { dayValue, weekdayDate } from './anchor';

// Clock times as TIMEX3 TIME values anchored on a day: "10 a.m." → 2025-03-13T10:00, "9 a.m. Tuesday" → that
// Tuesday. Kept out of chrono, whose spans cut "6 a.m" to "6 a".
const CLOCK = new RegExp(
  `\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?(?:(a\\.m\\b\\.?|am\\b|p\\.m\\b\\.?|pm\\b)|(o'clock\\b)|in the (morning|afternoon|evening))` +
    `(?: (?:[ECMP][SD]T|GMT|UTC|local time)\\b)?(?:,? (?:on )?(${WEEKDAY_PATTERN}|today|yesterday|tomorrow)\\b)?`,
  'gi',
);
const NAMED = /\b(noon|midday|midnight)\b/gi;

export function findTimes(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(CLOCK, ctx.text)) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const meridiem = (m[3] ?? '').toLowerCase();
    const part = (m[5] ?? '').toLowerCase();
    if (hour > 23 || minute > 59 || ((meridiem || part) && (hour < 1 || hour > 12))) continue;
    if ((meridiem.startsWith('p') || part === 'afternoon' || part === 'evening') && hour < 12) hour += 12;
    if ((meridiem.startsWith('a') || part === 'morning') && hour === 12) hour = 0;
    const start = m.index;
    const end = start + m[0].length;
    const day = anchorDay(ctx, m[6], start, end);
    out.push({ start, end, value: `${dayValue(day)}T${formatTime(hour, minute)}`, priority: 2 });
  }
  for (const m of matches(NAMED, ctx.text)) {
    const time = m[1]?.toLowerCase() === 'midnight' ? '24:00' : '12:00';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: `${dayValue(ctx.dct)}T${time}`,
      priority: 1,
    });
  }
  return out;
}

function anchorDay(ctx: DateContext, word: string | undefined, start: number, end: number): Day | undefined {
  const { dct } = ctx;
  if (!dct || !word) return dct;
  const lower = word.toLowerCase();
  if (lower === 'yesterday') return addDays(dct, -1);
  if (lower === 'tomorrow') return addDays(dct, 1);
  const target = weekdayNumber(word);
  return target ? weekdayDate(dct, target, undefined, directionAt(ctx.text, start, end)) : dct;
}
