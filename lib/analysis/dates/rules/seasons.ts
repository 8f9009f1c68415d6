import { formatYear } from '../calendar';
import { type Candidate, type DateContext, directionAt, lineGatedMatches } from '../context';

// Seasons ("last fall" → 2024-FA) and quarters ("the third quarter of 2024" → 2024-Q3).
const SEASON =
  /\b(?:(last|this|next|past|early|late) )?(spring|summer|fall|autumn|winter)(?:,? (?:of )?((?:1[89]|20)\d\d))?\b/gi;
// Gates (context.ts): what every match contains.
const SEASON_GATE = /spring|summer|fall|autumn|winter/gi;
const QUARTER_GATE = /quarter|q[1-4]/gi;
const SEASON_CODE: Record<string, [string, number]> = {
  spring: ['SP', 3],
  summer: ['SU', 6],
  fall: ['FA', 9],
  autumn: ['FA', 9],
  winter: ['WI', 12],
};
const QUARTER =
  /\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final|last) quarter(?:,? (?:of )?((?:1[89]|20)\d\d))?\b|\bQ([1-4]),? ((?:1[89]|20)\d\d)\b/gi;
const QUARTER_NUMBER: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

export function findSeasons(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const { dct, text } = ctx;
  for (const m of lineGatedMatches(SEASON_GATE, SEASON, text)) {
    const [whole, relation = '', name = '', year] = m;
    const code = SEASON_CODE[name.toLowerCase()];
    if (!code) continue;
    // "fall" is mostly the verb; take it only with a relation word or a year.
    if (
      name.toLowerCase() === 'fall' &&
      !relation &&
      !year &&
      !/\bthe $/i.test(text.slice(m.index - 4, m.index))
    )
      continue;
    const [suffix, startMonth] = code;
    let y: number | undefined = year ? Number(year) : dct?.y;
    if (dct && !year) {
      const rel = relation.toLowerCase();
      const started = startMonth <= dct.m;
      if (rel === 'last' || rel === 'past') y = startMonth < dct.m - 2 ? dct.y : dct.y - 1;
      else if (rel === 'next') y = started ? dct.y + 1 : dct.y;
      else if (rel !== 'this')
        y =
          directionAt(text, m.index, m.index + whole.length) === 'future'
            ? started
              ? dct.y + 1
              : dct.y
            : started
              ? dct.y
              : dct.y - 1;
    }
    const value = y === undefined ? `XXXX-${suffix}` : `${formatYear(y)}-${suffix}`;
    out.push({ start: m.index, end: m.index + whole.length, value, priority: 1 });
  }
  for (const m of lineGatedMatches(QUARTER_GATE, QUARTER, text)) {
    const q = m[3] ? Number(m[3]) : QUARTER_NUMBER[(m[1] ?? '').toLowerCase()];
    const yearText = m[2] ?? m[4];
    if (!q) continue;
    let y = yearText ? Number(yearText) : dct?.y;
    // A quarter not yet begun is last year's in a past-tense report.
    if (dct && !yearText && (q - 1) * 3 + 1 > dct.m) y = dct.y - 1;
    const value = y === undefined ? `XXXX-Q${q}` : `${formatYear(y)}-Q${q}`;
    out.push({ start: m.index, end: m.index + m[0].length, value, priority: 1 });
  }
  return out;
}
