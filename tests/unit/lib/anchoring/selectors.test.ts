import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describePassage } from '../../../../lib/anchoring/selectors';

describe('describePassage', () => {
  const text =
    'According to US Special Envoy for Hostage Affairs Adam Boehler, Hamas negotiators have submitted a proposal.';

  it('gives the quote with 32 characters of context each side, and the offsets', () => {
    const start = text.indexOf('Adam Boehler');
    const [quote, position] = describePassage(text, start, start + 12);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Adam Boehler',
      prefix: text.slice(start - CONTEXT_LENGTH, start),
      suffix: text.slice(start + 12, start + 12 + CONTEXT_LENGTH),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 12 });
  });

  it('keeps shorter context at the edges of the text', () => {
    const [quote] = describePassage(text, 0, 9);
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('According');
  });

  it.each([
    [-1, 3],
    [5, 5],
    [10, 4],
    [0, text.length + 1],
  ])('refuses the empty or impossible passage %i–%i', (start, end) => {
    expect(() => describePassage(text, start, end)).toThrow(RangeError);
  });
});
