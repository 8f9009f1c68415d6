import { describe, expect, it } from 'vitest';
import { timexLabel } from '../../../../lib/analysis/timex-label';

describe('timexLabel', () => {
  it.each([
    ['199X', '1990s'],
    ['2023-10', 'October 2023'],
    ['2025-03-13', '13 March 2025'],
    ['2025', '2025'],
    ['2025-W10', 'week of 3 March 2025'],
    ['2017-W01', 'week of 2 January 2017'],
    ['2021-W01', 'week of 4 January 2021'],
    ['19XX', '20th century'],
    ['20XX', '21st century'],
    ['PRESENT_REF', 'PRESENT_REF'],
  ])('%s → %s', (value, label) => {
    expect(timexLabel(value)).toBe(label);
  });
});
