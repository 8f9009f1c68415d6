import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../lib/analysis/dates';

describe('robustness', () => {
  it('handles right-to-left and mixed text without crashing', () => {
    const text = 'قال الرئيس يوم الخميس ١٣ مارس ٢٠٢٥ إن المحادثات in January \u202Eتوقفت\u202C.';
    const dates = findDates(text, '2025-03-13');
    expect(dates.map((d) => text.slice(d.start, d.end))).toEqual(['January']);
  });
  it('analyses a 50,000-word text quickly with valid, ordered spans', () => {
    const sentence =
      'On Thursday, 13 March, 2025, some 300 people met for two weeks since October 2023 in the 1990s style. ';
    const text = sentence.repeat(Math.ceil(50_000 / sentence.split(' ').length));
    const t0 = performance.now();
    const dates = findDates(text, '2025-03-13');
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(dates.length).toBeGreaterThan(1000);
    let last = -1;
    for (const d of dates) {
      expect(d.start).toBeGreaterThanOrEqual(last);
      expect(d.end).toBeGreaterThan(d.start);
      last = d.end;
    }
  });
  it('returns nothing for empty text', () => {
    expect(findDates('')).toEqual([]);
  });
});
