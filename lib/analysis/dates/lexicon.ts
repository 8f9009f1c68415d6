/**
 * Words that name calendar units. Kept in one place so every rule reads the same spellings, including the
 * abbreviated ones news agencies use ("Aug.", "Sept.").
 */

const MONTH_WORDS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Capitalised month names and abbreviations; "May" alone is handled with care by the rules (modal verb). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function monthNumber(word: string): number | undefined {
  return MONTH_WORDS[word.replace(/\.$/, '').toLowerCase()];
}

export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday number, Monday 1 … Sunday 7. */
export function weekdayNumber(word: string): number | undefined {
  const index = WEEKDAYS.indexOf(word.toLowerCase());
  return index < 0 ? undefined : index + 1;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a couple of': 2,
  couple: 2,
  'a dozen': 12,
  half: 0.5,
  'a half': 0.5,
};

/** Cardinal in digits or words ("48", "twenty-five", "a"); vague quantities ("several") give undefined. */
export const NUMBER_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|a couple of|a dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' +
  'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|' +
  'eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|dozen|half)';

export const VAGUE_PATTERN = '(?:several|few|a few|many|some|recent|coming|numerous)';

export function numberValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d/.test(lower)) return Number(lower);
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const [tens, units] = lower.split('-');
  const t = NUMBER_WORDS[tens ?? ''];
  const u = NUMBER_WORDS[units ?? ''];
  return t !== undefined && u !== undefined ? t + u : undefined;
}

/** Calendar units as TIMEX3 duration letters; decades and centuries are years (TempEval writes P10Y, P100Y). */
export type Unit = { letter: 'S' | 'M' | 'H' | 'D' | 'W' | 'Y'; time: boolean; factor: number; gran: Gran };
export type Gran = 'time' | 'day' | 'week' | 'month' | 'year';

export const UNIT_PATTERN = '(?:second|minute|hour|day|week|month|year|decade|century|centuries)';

export function unitOf(word: string): Unit | undefined {
  const stem = word
    .toLowerCase()
    .replace(/centuries$/, 'century')
    .replace(/s$/, '');
  switch (stem) {
    case 'second':
      return { letter: 'S', time: true, factor: 1, gran: 'time' };
    case 'minute':
      return { letter: 'M', time: true, factor: 1, gran: 'time' };
    case 'hour':
      return { letter: 'H', time: true, factor: 1, gran: 'time' };
    case 'day':
      return { letter: 'D', time: false, factor: 1, gran: 'day' };
    case 'week':
      return { letter: 'W', time: false, factor: 1, gran: 'week' };
    case 'month':
      return { letter: 'M', time: false, factor: 1, gran: 'month' };
    case 'year':
      return { letter: 'Y', time: false, factor: 1, gran: 'year' };
    case 'decade':
      return { letter: 'Y', time: false, factor: 10, gran: 'year' };
    case 'century':
      return { letter: 'Y', time: false, factor: 100, gran: 'year' };
    default:
      return undefined;
  }
}

/** TIMEX3 duration value: P3M, PT48H, P5Y, PXY when the amount is vague. */
export function durationValue(amount: number | undefined, unit: Unit): string {
  const prefix = unit.time ? 'PT' : 'P';
  if (amount === undefined) return `${prefix}X${unit.letter}`;
  const total = amount * unit.factor;
  if (Number.isInteger(total)) return `${prefix}${total}${unit.letter}`;
  // Half units read better one unit down (5 1/2 hours → PT5H30M is beyond this; PT330M is still exact).
  if (unit.letter === 'H' && unit.time) return `PT${Math.round(total * 60)}M`;
  if (unit.letter === 'Y') return `P${Math.round(total * 12)}M`;
  if (unit.letter === 'D') return `PT${Math.round(total * 24)}H`;
  return `${prefix}X${unit.letter}`;
}
