import type { Candidate, DateContext } from '../context';
import { lineGatedMatches } from '../context';

// "the 1990s", "early 1990s", "the '90s", "the nineties" → 199X. "the" belongs to the span, as in the seed gold.
const DECADE = /\b(?:the )?(?:(?:early|mid|late)[- ])?(?:((?:1[0-9]|20)\d)0s|'(\d)0s)(?![\w'])/g;
const DECADE_WORDS =
  /\b(?:the )?(?:(?:early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
// Gates (context.ts): what every match contains.
const DECADE_GATE = /\d0s/g;
const DECADE_WORDS_GATE = /twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties/gi;
const DECADE_DIGIT: Record<string, string> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};

export function findDecades(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of lineGatedMatches(DECADE_GATE, DECADE, ctx.text)) {
    // "the '90s" without a century: the last century for the 30s–90s, this one for the '00s–'20s.
    const prefix = m[1] ?? (Number(m[2]) <= 2 ? `20${m[2]}` : `19${m[2]}`);
    out.push({ start: m.index, end: m.index + m[0].length, value: `${prefix}X`, priority: 3 });
  }
  for (const m of lineGatedMatches(DECADE_WORDS_GATE, DECADE_WORDS, ctx.text)) {
    // "in his forties" is an age, not a decade: require "the".
    if (!/^the /i.test(m[0])) continue;
    const digit = DECADE_DIGIT[(m[1] ?? '').toLowerCase()];
    if (digit) out.push({ start: m.index, end: m.index + m[0].length, value: `19${digit}X`, priority: 3 });
  }
  return out;
}
