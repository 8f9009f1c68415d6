import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('full dates', () => {
  it('reads day-month-year and month-day-year with exact spans', () => {
    expect(found('The edition of 13 March, 2025 and Aug. 7, 1998.', '2025-03-13')).toEqual([
      ['13 March, 2025', '2025-03-13'],
      ['Aug. 7, 1998', '1998-08-07'],
    ]);
  });
  it('resolves a year-less day to the nearest one, leaning to the past', () => {
    expect(found('Talks were held on March 10.', '2025-03-13')).toEqual([['March 10', '2025-03-10']]);
    expect(found('He said talks ended on December 20.', '2025-03-13')).toEqual([
      ['December 20', '2024-12-20'],
    ]);
    expect(found('The deadline is Jan. 14.', '2000-01-06')).toEqual([['Jan. 14', '2000-01-14']]);
  });
  it('reads ISO dates', () => {
    expect(found('Filed 2024-11-05 in Cairo.')).toEqual([['2024-11-05', '2024-11-05']]);
  });
});
