import { addDays, type Day, formatDay, weekday } from '../calendar';
import type { Direction } from '../context';

// Shared resolution of weekday names, used by the weekday rule and by clock times ("9 a.m. Tuesday").

/**
 * The date of a weekday relative to publication: "last"/past clauses take the nearest one on or before the
 * publication day ("last" strictly before), "next"/future clauses the nearest one on or after ("next" strictly).
 */
export function weekdayDate(
  dct: Day,
  target: number,
  relation: string | undefined,
  direction: Direction,
): Day {
  const today = weekday(dct);
  if (relation === 'last') return addDays(dct, -(((today - target + 6) % 7) + 1));
  if (relation === 'next') return addDays(dct, ((target - today + 6) % 7) + 1);
  if (relation === 'this' || relation === 'coming' || direction === 'future')
    return addDays(dct, (target - today + 7) % 7);
  return addDays(dct, -((today - target + 7) % 7));
}

/** Formats a day, or an unanchored day when the publication date is unknown. */
export function dayValue(day: Day | undefined): string {
  return day ? formatDay(day) : 'XXXX-XX-XX';
}

/** TIMEX3 parts of day. */
export const PART_OF_DAY: Record<string, string> = {
  morning: 'TMO',
  afternoon: 'TAF',
  evening: 'TEV',
  night: 'TNI',
};
