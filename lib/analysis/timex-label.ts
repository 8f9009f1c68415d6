const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A TIMEX3 value as a reader says it, at its own granularity: "199X" → "1990s", "2023-10" →
 * "October 2023", "2025-03-13" → "13 March 2025", "2025-W10" → "week of 3 March 2025" (readers
 * do not count ISO weeks; the Monday that starts one is a date they know).
 */
export function timexLabel(value: string): string {
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return `${decade[1]}0s`;
  const century = /^(\d{2})XX$/.exec(value);
  if (century) return `${ordinal(Number(century[1]) + 1)} century`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week of ${timexLabel(mondayOfIsoWeek(Number(week[1]), Number(week[2])))}`;
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!date) return value;
  const [, year, month, day] = date;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}

/** YYYY-MM-DD of the Monday that starts ISO week `week` of `year` (week 1 holds 4 January). */
function mondayOfIsoWeek(year: number, week: number): string {
  const fourthOfJanuary = new Date(Date.UTC(year, 0, 4));
  const weekday = (fourthOfJanuary.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(fourthOfJanuary.getTime() + ((week - 1) * 7 - weekday) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

function ordinal(value: number): string {
  const teens = value % 100 >= 11 && value % 100 <= 13;
  const suffix = teens
    ? 'th'
    : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th');
  return `${value}${suffix}`;
}
