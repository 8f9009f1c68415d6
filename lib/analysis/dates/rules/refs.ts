import { type Candidate, type DateContext, matches } from '../context';

// Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
const REFS: [RegExp, string][] = [
  [
    /\b(?:right now|now|currently|at present|presently|nowadays|these days|at the moment|the present)\b(?!-)/gi,
    'PRESENT_REF',
  ],
  [/\b(?:recently|lately|the past|the recent past)\b(?!-)/gi, 'PAST_REF'],
  [/\b(?:the (?:near |distant |foreseeable )?future|(?<='s )future)\b(?!-)/gi, 'FUTURE_REF'],
];

export function findRefs(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const [pattern, value] of REFS) {
    for (const m of matches(pattern, ctx.text)) {
      // "now" as a discourse marker ("Now, ...") or in "now that" still anchors to the present: keep it.
      out.push({ start: m.index, end: m.index + m[0].length, value, priority: 0 });
    }
  }
  return out;
}
