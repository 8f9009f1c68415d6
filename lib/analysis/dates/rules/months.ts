import { formatMonth } from '../calendar';
import {
  type Candidate,
  type DateContext,
  directionAt,
  lineGatedMatches,
  nearestRecurrence,
} from '../context';
import { MONTH_PATTERN, monthNumber } from '../lexicon';

// "in January", "late November", "last October", "October 2023", "March of 2024": a month without a day.
// Days are left to chrono (full-dates); this rule owns year-less months, which chrono would put in the future.
const MONTH = new RegExp(
  `\\b(?:((?:early|late|mid|the (?:end|beginning|start|middle) of)(?:-| )?)?(last|next|this|past|coming) )?` +
    `(?:(early|late|mid)(?:-| ))?(${MONTH_PATTERN})(?:(?:,| of)? ((?:1[89]|20)\\d\\d)\\b)?(?![\\w'-])`,
  'g',
);

const MONTH_GATE = new RegExp(MONTH_PATTERN, 'g');

// "May" is usually the modal verb: accept it only with a year, a modifier or a preposition before it.
const MAY_CONTEXT =
  /\b(?:in|of|since|until|till|by|from|to|through|early|late|mid|and|or|last|next|this|before|after|during)\s+$/i;

export function findMonths(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of lineGatedMatches(MONTH_GATE, MONTH, ctx.text)) {
    const [whole, edge, relation, mod, name = '', year] = m;
    const month = monthNumber(name);
    if (!month) continue;
    const bare = !edge && !relation && !mod && !year;
    // "Jan" and "Dec" without a period are names more often than months.
    if (!year && name.length <= 4 && !name.endsWith('.') && !/^(?:June|July|May)$/.test(name)) continue;
    if (name === 'May' && bare && !MAY_CONTEXT.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    if (
      name === 'March' &&
      bare &&
      /^\s+(?:on|to|through|in)\b/.test(ctx.text.slice(m.index + 5, m.index + 14))
    )
      continue; // "March on Washington" reads as the verb/noun
    const start = m.index;
    const end = start + whole.length;
    out.push({ start, end, value: resolve(ctx, month, year, relation, start, end), priority: 2 });
  }
  return out;
}

function resolve(
  ctx: DateContext,
  month: number,
  year: string | undefined,
  relation: string | undefined,
  start: number,
  end: number,
): string {
  if (year) return formatMonth({ y: Number(year), m: month, d: 1 });
  const { dct } = ctx;
  if (!dct) return `XXXX-${String(month).padStart(2, '0')}`;
  let y = dct.y;
  if (relation === 'last' || relation === 'past') y = month < dct.m ? dct.y : dct.y - 1;
  else if (relation === 'next' || relation === 'coming') y = month > dct.m ? dct.y : dct.y + 1;
  else if (relation !== 'this') {
    // "in December" in a March article is last December; "April" in a December one is next April. The nearest
    // recurrence wins after a two-month penalty against the clause's tense (past unless it looks ahead).
    const years = [dct.y - 1, dct.y, dct.y + 1];
    const offsets = years.map((yy) => (yy - dct.y) * 12 + month - dct.m);
    y = years[nearestRecurrence(offsets, directionAt(ctx.text, start, end), 2)] ?? dct.y;
  }
  return formatMonth({ y, m: month, d: 1 });
}
