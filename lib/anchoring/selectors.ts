// W3C Web Annotation selectors over the article text (the text model's string): where a note's
// passage is, said twice — by its words and their surroundings, and by its offsets.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** Characters of context kept on each side of the quote, as Hypothesis keeps. */
export const CONTEXT_LENGTH = 32;

/** Both selectors for the passage [start, end) of `text`. */
export function describePassage(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (start < 0 || end > text.length || end <= start) throw new RangeError(`No passage at ${start}–${end}.`);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
