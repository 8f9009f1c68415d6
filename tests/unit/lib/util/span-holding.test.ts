import { describe, expect, it } from 'vitest';
import { spanHolding } from '../../../../lib/util/span-holding';

describe('spanHolding', () => {
  const spans = [
    { start: 0, end: 10, name: 'first' },
    { start: 12, end: 20, name: 'second' },
    { start: 20, end: 30, name: 'third' },
  ];

  it('finds the span that holds all of another, at its edges too', () => {
    expect(spanHolding(spans, { start: 0, end: 10 })?.name).toBe('first');
    expect(spanHolding(spans, { start: 13, end: 15 })?.name).toBe('second');
    expect(spanHolding(spans, { start: 20, end: 21 })?.name).toBe('third');
  });

  it('finds none for a span across two, between two, or outside all', () => {
    expect(spanHolding(spans, { start: 8, end: 14 })).toBeUndefined();
    expect(spanHolding(spans, { start: 10, end: 12 })).toBeUndefined();
    expect(spanHolding(spans, { start: 30, end: 31 })).toBeUndefined();
    expect(spanHolding([], { start: 0, end: 1 })).toBeUndefined();
  });
});
