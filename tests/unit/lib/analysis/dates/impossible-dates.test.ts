import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../lib/analysis/dates';
import { found } from './helpers';

describe('impossible dates', () => {
  it('gives no day value for dates that do not exist', () => {
    for (const text of ['on 2025-02-30', 'on 30 February', 'on February 30, 2025', 'on 31 April 2024']) {
      const values = found(text, '2025-03-13').map(([, value]) => value);
      expect(values.filter((v) => /-(?:02-30|04-31)$/.test(v))).toEqual([]);
    }
  });
  it('ignores an impossible publication date instead of crashing', () => {
    expect(found('It happened yesterday.', '2025-02-30')).toEqual([['yesterday', 'XXXX-XX-XX']]);
    expect(() => findDates('Thursday', 'not a date')).not.toThrow();
  });
});
