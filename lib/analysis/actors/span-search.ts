import { lowerBound } from '../../util/lower-bound';

type Span = { start: number; end: number };

/**
 * Spans searched by position: which of them overlap or enclose a given span, in logarithmic time
 * rather than a scan of them all (a long article holds thousands; a scan per candidate name grows
 * with the square of its length).
 */
export class SpanSearch {
  private readonly byStart: readonly Span[];
  /** The greatest end among byStart[0..i]. */
  private readonly endsSoFar: readonly number[];
  /** For each end, the least start of the spans ending there. */
  private readonly firstStartByEnd = new Map<number, number>();

  constructor(spans: readonly Span[]) {
    this.byStart = [...spans].sort((a, b) => a.start - b.start);
    let greatest = Number.NEGATIVE_INFINITY;
    this.endsSoFar = this.byStart.map((span) => {
      greatest = Math.max(greatest, span.end);
      return greatest;
    });
    // byStart is in start order: the first span seen at an end starts least.
    for (const span of this.byStart)
      if (!this.firstStartByEnd.has(span.end)) this.firstStartByEnd.set(span.end, span.start);
  }

  /** Whether some span shares a character with `span`. */
  overlaps(span: Span): boolean {
    // The spans starting before `span` ends; one of them overlaps it when it ends after it starts.
    const before = lowerBound(this.byStart, (other) => other.start < span.end);
    return before > 0 && (this.endsSoFar[before - 1] as number) > span.start;
  }

  /** Whether some span other than `span` itself (same start and end) holds all of it. */
  encloses(span: Span): boolean {
    const startingBy = lowerBound(this.byStart, (other) => other.start <= span.start);
    if (startingBy === 0) return false;
    const greatestEnd = this.endsSoFar[startingBy - 1] as number;
    if (greatestEnd > span.end) return true;
    if (greatestEnd < span.end) return false;
    // One ends exactly where `span` ends: it encloses it unless it is the very same span, so one that
    // starts before it must.
    return (this.firstStartByEnd.get(span.end) ?? span.start) < span.start;
  }
}
