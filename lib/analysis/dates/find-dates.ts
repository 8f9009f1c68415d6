import type { DateMention } from '../analysis';
import { parseDay } from './calendar';
import type { Candidate, DateContext } from './context';
import { findDecades } from './rules/decades';
import { findDurations } from './rules/durations';
import { findFullDates } from './rules/full-dates';
import { findHolidays } from './rules/holidays';
import { findMonths } from './rules/months';
import { findRefs } from './rules/refs';
import { findRelative } from './rules/relative';
import { findSeasons } from './rules/seasons';
import { findTimes } from './rules/times';
import { findWeekdays } from './rules/weekdays';
import { findYears } from './rules/years';
import { selectMentions } from './select';

const RULES: ((ctx: DateContext) => Candidate[])[] = [
  findFullDates,
  findMonths,
  findYears,
  findDecades,
  findWeekdays,
  findRelative,
  findRefs,
  findDurations,
  findTimes,
  findSeasons,
  findHolidays,
];

/**
 * Every temporal expression in the text as a span (UTF-16 offsets, end exclusive) with its TIMEX3 value,
 * resolved against the publication date (YYYY-MM-DD) when given. Never throws on odd input.
 */
export function findDates(text: string, publishedAt?: string): DateMention[] {
  const ctx: DateContext = { text, dct: parseDay(publishedAt) };
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    try {
      candidates.push(...rule(ctx));
    } catch {
      // One rule failing on odd input (chrono included) must not cost the article its other dates.
    }
  }
  return selectMentions(candidates, text.length);
}
