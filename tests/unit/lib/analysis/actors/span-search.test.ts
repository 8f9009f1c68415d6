import { describe, expect, it } from 'vitest';
import { SpanSearch } from '../../../../../lib/analysis/actors/span-search';

type Span = { start: number; end: number };

/** The same questions answered by a scan of every span. */
const overlapsByScan = (spans: readonly Span[], span: Span) =>
  spans.some((other) => other.start < span.end && span.start < other.end);
const enclosesByScan = (spans: readonly Span[], span: Span) =>
  spans.some(
    (other) =>
      other.start <= span.start &&
      span.end <= other.end &&
      !(other.start === span.start && other.end === span.end),
  );

describe('SpanSearch', () => {
  it('answers as a scan of every span would, on overlapping and nested spans', () => {
    const spans: Span[] = [
      { start: 40, end: 45 },
      { start: 0, end: 10 },
      { start: 5, end: 30 },
      { start: 12, end: 14 },
      { start: 50, end: 60 },
      { start: 52, end: 60 },
    ];
    const search = new SpanSearch(spans);
    for (let start = 0; start < 62; start += 1)
      for (let end = start + 1; end <= 62; end += 1) {
        const span = { start, end };
        expect(search.overlaps(span)).toBe(overlapsByScan(spans, span));
        expect(search.encloses(span)).toBe(enclosesByScan(spans, span));
      }
  });

  it('finds nothing among no spans', () => {
    const search = new SpanSearch([]);
    expect(search.overlaps({ start: 0, end: 5 })).toBe(false);
    expect(search.encloses({ start: 0, end: 5 })).toBe(false);
  });
});
