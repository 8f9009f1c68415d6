import { formatDay } from '../calendar';
import { type Candidate, type DateContext, directionAt, lineGatedMatches } from '../context';
import { WEEKDAY_PATTERN, weekdayNumber } from '../lexicon';
import { PART_OF_DAY, weekdayDate } from './anchor';

// "Thursday", "last Friday", "Wednesday night". The preposition ("on") stays outside the span (TempEval).
const WEEKDAY = new RegExp(
  `\\b(?:(last|next|this|coming|early|late) )?(${WEEKDAY_PATTERN})(?:'s)?(?: (morning|afternoon|evening|night))?\\b`,
  'g',
);

const WEEKDAY_GATE = new RegExp(WEEKDAY_PATTERN, 'g');

export function findWeekdays(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of lineGatedMatches(WEEKDAY_GATE, WEEKDAY, ctx.text)) {
    const [whole, relation, name = '', part] = m;
    const target = weekdayNumber(name);
    if (!target) continue;
    const start = m.index;
    const end = start + whole.length;
    const suffix = part ? (PART_OF_DAY[part] ?? '') : '';
    const { dct } = ctx;
    const value = dct
      ? formatDay(weekdayDate(dct, target, relation, directionAt(ctx.text, start, end))) + suffix
      : `XXXX-WXX-${target}${suffix}`;
    out.push({ start, end, value, priority: 2 });
  }
  return out;
}
