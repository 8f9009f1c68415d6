import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('decades and years', () => {
  it('reads decades with "the" in the span', () => {
    expect(found('the Oslo accords of the 1990s')).toEqual([['the 1990s', '199X']]);
    expect(found('in the early 2000s and the \u201980s')).toEqual([['the early 2000s', '200X']]);
    expect(found('popular in the nineties')).toEqual([['the nineties', '199X']]);
  });
  it('reads bare years', () => {
    expect(found('Elections in 2025 followed those of 1998.')).toEqual([
      ['2025', '2025'],
      ['1998', '1998'],
    ]);
  });
});
