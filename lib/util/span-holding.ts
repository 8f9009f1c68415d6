import { lowerBound } from './lower-bound';

type Span = { start: number; end: number };

/**
 * Among spans in text order that do not overlap (sentences, quoted titles), the one that holds all
 * of `span`, if any: the last one starting at or before it, by binary search.
 */
export function spanHolding<T extends Span>(spans: readonly T[], span: Span): T | undefined {
  const candidate = spans[lowerBound(spans, (other) => other.start <= span.start) - 1];
  return candidate !== undefined && span.end <= candidate.end ? candidate : undefined;
}
