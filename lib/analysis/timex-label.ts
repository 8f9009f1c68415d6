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
 * "October 2023", "2025-03-13" → "13 March 2025", "2025-W10" → "week 10, 2025".
 */
export function timexLabel(value: string): string {
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return `${decade[1]}0s`;
  const century = /^(\d{2})XX$/.exec(value);
  if (century) return `${Number(century[1]) + 1}th century`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week ${Number(week[2])}, ${week[1]}`;
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!date) return value;
  const [, year, month, day] = date;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}
