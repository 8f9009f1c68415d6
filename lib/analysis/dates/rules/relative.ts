import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear } from '../calendar';
import { type Candidate, type DateContext, lineGatedMatches } from '../context';
import { NUMBER_PATTERN, numberValue, UNIT_PATTERN, unitOf } from '../lexicon';
import { dayValue, PART_OF_DAY } from './anchor';

// Expressions that count from the publication day: "yesterday", "last week", "this year", "two months ago".

const DEICTIC_DAY =
  /\b(?:the day (before yesterday|after tomorrow)|(today|tonight|yesterday|tomorrow)(?:'s)?(?: (morning|afternoon|evening|night))?|(this|last) (morning|afternoon|evening|night))\b/gi;
const DEICTIC_GATE = /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/gi;
const DAY_OFFSET: Record<string, number> = {
  'before yesterday': -2,
  'after tomorrow': 2,
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  this: 0,
  last: -1,
};

const CALENDAR_UNIT =
  /\b(?:(?:earlier|later|early|late) )?(this|last|next|the coming|the current|the previous|the following) (week|weekend|month|year|quarter|decade|century)\b/gi;
const CALENDAR_UNIT_GATE = /(?:this|last|next|coming|current|previous|following) /gi;
const STEP: Record<string, number> = {
  this: 0,
  last: -1,
  next: 1,
  'the coming': 1,
  'the current': 0,
  'the previous': -1,
  'the following': 1,
};

const AGO = new RegExp(
  `\\b(?:(?:about|nearly|almost|some|more than|less than|over|just|only|at least|roughly) )?` +
    `(?:(${NUMBER_PATTERN}|several|a few|few|many)[ -])?(${UNIT_PATTERN})s? ago\\b`,
  'gi',
);
const AGO_GATE = / ago\b/gi;

export function findRelative(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const { dct, text } = ctx;
  for (const m of lineGatedMatches(DEICTIC_GATE, DEICTIC_DAY, text)) {
    const key = (m[1] ?? m[2] ?? m[4] ?? '').toLowerCase();
    const offset = DAY_OFFSET[key] ?? 0;
    const part = (m[3] ?? m[5] ?? '').toLowerCase();
    // "last night" is the night before publication, "this morning" the morning of it.
    const suffix = PART_OF_DAY[part] ?? '';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: dayValue(dct && addDays(dct, offset)) + suffix,
      priority: 2,
    });
  }
  for (const m of lineGatedMatches(CALENDAR_UNIT_GATE, CALENDAR_UNIT, text)) {
    const step = STEP[(m[1] ?? '').toLowerCase()] ?? 0;
    const unit = (m[2] ?? '').toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: calendarUnit(ctx, unit, step),
      priority: 2,
    });
  }
  for (const m of lineGatedMatches(AGO_GATE, AGO, text)) {
    const unit = unitOf(m[2] ?? '');
    if (!unit) continue;
    const amount = m[1] ? numberValue(m[1]) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, value: ago(ctx, amount, unit), priority: 2 });
  }
  return out;
}

function calendarUnit({ dct }: DateContext, unit: string, step: number): string {
  if (!dct) return step < 0 ? 'PAST_REF' : step > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  switch (unit) {
    case 'week':
      return formatWeek(addDays(dct, 7 * step));
    case 'weekend':
      return `${formatWeek(addDays(dct, 7 * step))}-WE`;
    case 'month':
      return formatMonth(addMonths(dct, step));
    case 'quarter': {
      const index = dct.y * 4 + Math.floor((dct.m - 1) / 3) + step;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'decade':
      return `${Math.floor(dct.y / 10) + step}X`;
    case 'century':
      return `${Math.floor(dct.y / 100) + step}`;
    default:
      return formatYear(dct.y + step);
  }
}

function ago(
  { dct }: DateContext,
  amount: number | undefined,
  unit: NonNullable<ReturnType<typeof unitOf>>,
): string {
  // "years ago" names no particular time: TIMEX3 calls it the past.
  if (!dct || amount === undefined || !Number.isInteger(amount)) return 'PAST_REF';
  const n = amount * unit.factor;
  switch (unit.gran) {
    case 'time':
      return formatDay(dct);
    case 'day':
      return formatDay(addDays(dct, -n));
    case 'week':
      return formatWeek(addDays(dct, -7 * n));
    case 'month':
      return formatMonth(addMonths(dct, -n));
    default:
      return formatYear(dct.y - n);
  }
}
