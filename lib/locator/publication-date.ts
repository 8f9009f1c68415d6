// Publication dates as sites print them, turned into YYYY-MM-DD. Ahram Online writes
// "Friday 15 Apr 2011" in its byline line; the Weekly's print footer says "13 March, 2025";
// other sites use ISO timestamps or "March 13, 2025".

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/;
const DAY_MONTH_YEAR = new RegExp(
  `(?:${WEEKDAY})?\\b(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?:${WEEKDAY})?\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`,
  'i',
);

export interface DateInText {
  /** YYYY-MM-DD */
  date: string;
  /** Where the date (with its weekday, when written) starts and ends in the input. */
  start: number;
  end: number;
}

/** The first calendar date written in `input`, or undefined when there is none or it does not exist. */
export function findPublicationDate(input: string): DateInText | undefined {
  const iso = ISO_DATE.exec(input);
  if (iso) {
    const date = formatDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, start: iso.index, end: iso.index + 10 };
  }
  const dayFirst = DAY_MONTH_YEAR.exec(input);
  if (dayFirst) {
    const date = formatDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
    if (date) return { date, start: dayFirst.index, end: dayFirst.index + dayFirst[0].length };
  }
  const monthFirst = MONTH_DAY_YEAR.exec(input);
  if (monthFirst) {
    const date = formatDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
    if (date) return { date, start: monthFirst.index, end: monthFirst.index + monthFirst[0].length };
  }
  return undefined;
}

export function parsePublicationDate(input: string): string | undefined {
  return findPublicationDate(input)?.date;
}

function monthNumber(name: string | undefined): number {
  return (
    MONTHS[(name ?? '').slice(0, 4).toLowerCase()] ?? MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0
  );
}

/** YYYY-MM-DD for a real calendar day; undefined for "30 February" and the like. */
function formatDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
