import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';

export interface Anchor {
  start: number;
  end: number;
  /** How the passage was found again: at its old offsets, by its exact words, or by near words. */
  method: 'position' | 'quote' | 'fuzzy';
}

/** Below this share of the quote matching, a near match is a different passage: the note is orphaned. */
const MIN_QUOTE_SIMILARITY = 0.75;
/** A quote found away from its old place must keep this much of its context, unless it is long
 * enough to identify itself: "Hamas" elsewhere in the article is not the removed "Hamas". */
const MIN_CONTEXT_SIMILARITY = 0.5;
const SELF_IDENTIFYING_LENGTH = 64;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 };
/**
 * Distance from the old position counts in characters, up to this far: in a long article a copy of
 * the same words a few paragraphs away is elsewhere, however long the article (Hypothesis divides by
 * the text's length, which makes distance all but vanish where passages repeat, as in boilerplate).
 */
const POSITION_WINDOW = 2000;

/**
 * Finds a note's passage in the article text again: at its old position if the quote is still
 * there; else the exact quote nearest to where it was (its context breaking ties); else the
 * closest approximate match, scored by quote, prefix, suffix and distance, as Hypothesis does.
 * Returns null — an orphan, never a wrong place — when nothing is close enough.
 */
export function anchorPassage(text: string, selectors: readonly TextSelector[]): Anchor | null {
  const quote = selectors.find(
    (selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector',
  );
  const position = selectors.find(
    (selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector',
  );
  if (!quote) {
    return position && position.end <= text.length && position.end > position.start
      ? { start: position.start, end: position.end, method: 'position' }
      : null;
  }
  if (quote.exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const expectedStart = position?.start ?? 0;
  const exact = exactMatches(text, quote.exact);
  if (exact.length > 0) {
    const candidates = exact.map((start) => ({ start, end: start + quote.exact.length, errors: 0 }));
    const best = bestCandidate(candidates, text, quote, expectedStart);
    return best ? { start: best.start, end: best.end, method: 'quote' } : null;
  }
  const maxErrors = Math.min(256, Math.floor(quote.exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  const best = bestCandidate(search(text, quote.exact, maxErrors), text, quote, expectedStart);
  return best ? { start: best.start, end: best.end, method: 'fuzzy' } : null;
}

function exactMatches(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

/**
 * The candidate with the best weighted score of quote, context and distance from the old position,
 * among those that keep enough of their context; undefined when none does.
 */
function bestCandidate(
  candidates: readonly { start: number; end: number; errors: number }[],
  text: string,
  quote: TextQuoteSelector,
  expectedStart: number,
): { start: number; end: number } | undefined {
  let winner: { start: number; end: number } | undefined;
  let winnerScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / quote.exact.length;
    const prefixScore = similarity(
      text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start),
      quote.prefix,
    );
    const suffixScore = similarity(
      text.slice(candidate.end, candidate.end + quote.suffix.length),
      quote.suffix,
    );
    const contextKept = (prefixScore + suffixScore) / 2 >= MIN_CONTEXT_SIMILARITY;
    if (!contextKept && quote.exact.length < SELF_IDENTIFYING_LENGTH) continue;
    const positionScore = 1 - Math.min(1, Math.abs(candidate.start - expectedStart) / POSITION_WINDOW);
    const score =
      WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore;
    if (score > winnerScore) {
      winner = candidate;
      winnerScore = score;
    }
  }
  return winner;
}

/** 1 for the same string, falling with the edit distance (context strings are at most 32 characters). */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}
