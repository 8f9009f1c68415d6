import { formatYear } from '../calendar';
import { type Candidate, type DateContext, matches } from '../context';

// A four-digit number 1800–2099 standing alone. Digits glued to money, decimals, thousands separators,
// percentages or ranges of numbers are not years ("$2025", "1,998", "19.98", "2025%", "2000-3000").
const YEAR = /(?<![\d$£€¥#.,:/]|\d-)((?:1[89]|20)\d\d)(?![\d%]|[.,]\d|-\d|\/\d|s\b|:\d)/g;

// Words before a number that make it a count, an identifier or an amount rather than a year.
const NOT_YEAR_BEFORE =
  /\b(?:resolution|resolutions|no\.?|nos\.?|number|numbers|article|flight|route|highway|page|pages|room|chapter|section|law|bill|decree|code|model|version|about|around|nearly|approximately|roughly|some|over|than|least|almost|estimated|total|totalling|totaling|only|just|up to|us\$|usd|egp|le)\s*$/i;
// Words after a number that make it a count or an amount.
const NOT_YEAR_AFTER =
  /^\s*(?:%|per ?cent|percent|people|persons|troops|soldiers|men|women|children|members|dollars|pounds|euros|pound|dollar|euro|units|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|feet|barrels|hectares|acres|homes|houses|families|refugees|workers|students|deaths|dead|killed|wounded|injured|casualties|cases|votes|seats|times|words|vehicles|cars|trucks|prisoners|detainees|hostages|civilians|residents|palestinians|israelis|million|billion|thousand|trillion|m\b|bn\b|mn\b|k\b|hours|minutes|calories|mg|kg|g\b|ft\b|mph|km\/h|points|pts|shares|jobs|bpd|yards|rooms|employees|patients|fighters|militants|rockets|missiles|strikes)/i;

export function findYears(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (const m of matches(YEAR, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    if (NOT_YEAR_AFTER.test(text.slice(end, end + 16))) continue;
    out.push({ start, end, value: formatYear(Number(m[1])), priority: 1 });
  }
  return out;
}
