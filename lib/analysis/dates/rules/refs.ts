import { type Candidate, type DateContext, lineGatedMatches } from '../context';

// Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
// Each with its gate (context.ts): a part every match contains.
const REFS: [RegExp, RegExp, string][] = [
  [
    /now|current|present|these days|moment/gi,
    /\b(?:right now|now|currently|at present|presently|nowadays|these days|at the moment|the present)\b(?!-)/gi,
    'PRESENT_REF',
  ],
  [/recent|lately|past/gi, /\b(?:recently|lately|the past|the recent past)\b(?!-)/gi, 'PAST_REF'],
  [/future/gi, /\b(?:the (?:near |distant |foreseeable )?future|(?<='s )future)\b(?!-)/gi, 'FUTURE_REF'],
];

export function findRefs(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const [gate, pattern, value] of REFS) {
    for (const m of lineGatedMatches(gate, pattern, ctx.text)) {
      // "now" as a discourse marker ("Now, ...") or in "now that" still anchors to the present: keep it.
      out.push({ start: m.index, end: m.index + m[0].length, value, priority: 0 });
    }
  }
  return out;
}
