import { type Candidate, type DateContext, gatedMatches } from '../context';

// Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
// Each with its gate (context.ts): a part every match contains. The first two are common enough that a
// gate would not pay for itself: it always passes.
const NO_GATE = /(?:)/;
const REFS: [RegExp, RegExp, string][] = [
  [
    NO_GATE,
    /\b(?:right now|now|currently|at present|presently|nowadays|these days|at the moment|the present)\b(?!-)/gi,
    'PRESENT_REF',
  ],
  [NO_GATE, /\b(?:recently|lately|the past|the recent past)\b(?!-)/gi, 'PAST_REF'],
  [/future/i, /\b(?:the (?:near |distant |foreseeable )?future|(?<='s )future)\b(?!-)/gi, 'FUTURE_REF'],
];

export function findRefs(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const [gate, pattern, value] of REFS) {
    for (const m of gatedMatches(gate, pattern, ctx.text)) {
      // "now" as a discourse marker ("Now, ...") or in "now that" still anchors to the present: keep it.
      out.push({ start: m.index, end: m.index + m[0].length, value, priority: 0 });
    }
  }
  return out;
}
