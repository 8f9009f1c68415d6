/**
 * A sortable key for a TIMEX3 date value: "199X" → "1990", "2025-W10" → the Monday of that ISO
 * week, "2025-03-13TNI" → "2025-03-13". Null for values that are not points in time (durations,
 * PRESENT_REF and the like), which have no place on a timeline.
 */
export function dateOrderKey(value: string): string | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) return mondayOfIsoWeek(Number(week[1]), Number(week[2]));
  const calendar = /^(\d{2,3}[\dX]{1,2})(-\d{2})?(-\d{2})?/.exec(value);
  if (!calendar || value.startsWith('P')) return null;
  const year = (calendar[1] ?? '').replace(/X/g, '0').padEnd(4, '0');
  return `${year}${calendar[2] ?? ''}${calendar[3] ?? ''}`;
}

function mondayOfIsoWeek(year: number, week: number): string {
  const januaryFourth = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeekOne = januaryFourth.getTime() - ((januaryFourth.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(mondayOfWeekOne + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}
