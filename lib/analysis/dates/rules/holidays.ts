import { addDays, type Day, formatDay, weekday } from '../calendar';
import { type Candidate, type DateContext, directionAt, matches } from '../context';

// Fixed and rule-based holidays common in English news. Lunar holidays (Ramadan, Eid) need a calendar
// table and are left out.
const HOLIDAY =
  /\b(Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Thanksgiving(?: Day)?)(?:,? ((?:1[89]|20)\d\d))?\b/g;

function holidayDay(name: string, y: number): Day {
  if (name.startsWith('Thanksgiving')) {
    // US Thanksgiving: the fourth Thursday of November.
    const first = { y, m: 11, d: 1 };
    return addDays(first, ((4 - weekday(first) + 7) % 7) + 21);
  }
  if (name === "New Year's Day") return { y, m: 1, d: 1 };
  if (name === "New Year's Eve") return { y, m: 12, d: 31 };
  return { y, m: 12, d: name === 'Christmas Eve' ? 24 : 25 };
}

export function findHolidays(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const { dct, text } = ctx;
  for (const m of matches(HOLIDAY, text)) {
    const name = m[1] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    let value: string;
    if (m[2]) value = formatDay(holidayDay(name, Number(m[2])));
    else if (!dct) value = `XXXX-${formatDay(holidayDay(name, 2000)).slice(5)}`;
    else {
      const thisYear = holidayDay(name, dct.y);
      const future = directionAt(text, start, end) === 'future';
      const passed = formatDay(thisYear) <= formatDay(dct);
      const y = future
        ? passed && formatDay(thisYear) !== formatDay(dct)
          ? dct.y + 1
          : dct.y
        : passed
          ? dct.y
          : dct.y - 1;
      value = formatDay(holidayDay(name, y));
    }
    out.push({ start, end, value, priority: 2 });
  }
  return out;
}
