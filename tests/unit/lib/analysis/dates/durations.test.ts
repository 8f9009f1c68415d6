import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('durations', () => {
  it('writes TIMEX3 durations', () => {
    expect(found('a five-to-ten-year ceasefire')).toEqual([['five-to-ten-year', 'P5Y']]);
    expect(found('for three months, two weeks and 48 hours')).toEqual([
      ['three months', 'P3M'],
      ['two weeks', 'P2W'],
      ['48 hours', 'PT48H'],
    ]);
    expect(found('a 16-hour session after a day-long wait over the past decade')).toEqual([
      ['16-hour', 'PT16H'],
      ['day-long', 'P1D'],
      ['the past decade', 'P10Y'],
    ]);
  });
  it('writes vague amounts with X and recurrences as sets', () => {
    expect(found('fighting for years, in recent days, reported daily')).toEqual([
      ['years', 'PXY'],
      ['recent days', 'PXD'],
      ['daily', 'P1D'],
    ]);
  });
  it('does not read ages or newspaper titles as time', () => {
    expect(found('A 6-year-old boy read Al-Ahram Weekly.')).toEqual([]);
  });
});
