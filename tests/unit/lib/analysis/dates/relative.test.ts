import { describe, expect, it } from 'vitest';
import { found } from './helpers';

// 2025-03-13 is a Thursday.
const DCT = '2025-03-13';

describe('relative days and weeks', () => {
  it('resolves deictic days', () => {
    expect(found('yesterday, today and tomorrow', DCT)).toEqual([
      ['yesterday', '2025-03-12'],
      ['today', '2025-03-13'],
      ['tomorrow', '2025-03-14'],
    ]);
  });
  it('resolves weekdays to the last one in past-tense clauses', () => {
    expect(found('The minister said on Monday that talks failed.', DCT)).toEqual([['Monday', '2025-03-10']]);
    expect(found('They met on Thursday.', DCT)).toEqual([['Thursday', '2025-03-13']]);
    expect(found('They met last Thursday.', DCT)).toEqual([['last Thursday', '2025-03-06']]);
  });
  it('resolves weekdays to the next one in future clauses', () => {
    expect(found('The delegation will arrive on Saturday.', DCT)).toEqual([['Saturday', '2025-03-15']]);
  });
  it('resolves weeks, months and years as calendar units', () => {
    expect(found('last week, this month, next year', DCT)).toEqual([
      ['last week', '2025-W10'],
      ['this month', '2025-03'],
      ['next year', '2026'],
    ]);
  });
  it('counts back with "ago"', () => {
    expect(found('three days ago and two years ago', DCT)).toEqual([
      ['three days ago', '2025-03-10'],
      ['two years ago', '2023'],
    ]);
  });
  it('reads clock times as TIME values on the publication day', () => {
    expect(found('The strike came at 10 a.m. and ended at 4:30 p.m.', DCT)).toEqual([
      ['10 a.m.', '2025-03-13T10:00'],
      ['4:30 p.m.', '2025-03-13T16:30'],
    ]);
  });
});
