import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('numbers that are not years', () => {
  it('ignores counts, money, percentages and identifiers', () => {
    const text =
      'Some 20 million people, $147.6m in aid, 22 per cent, 300 people, Resolution 2334, 2000 troops, ' +
      'about 1900 refugees, 1,998 homes, 19.98 points, 2025% and flight 1999.';
    expect(found(text, '2025-03-13')).toEqual([]);
  });
  it('still finds a year beside such numbers', () => {
    expect(found('In 2014, 2,000 people fled.')).toEqual([['2014', '2014']]);
  });
});
