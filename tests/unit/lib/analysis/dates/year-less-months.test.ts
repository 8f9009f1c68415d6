import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('months without a year', () => {
  it('resolves toward the past as news does', () => {
    expect(found('Trump took office in January.', '2025-03-13')).toEqual([['January', '2025-01']]);
    expect(found('The talks collapsed in December.', '2025-03-13')).toEqual([['December', '2024-12']]);
  });
  it('looks ahead when the clause does, or when the month is near ahead', () => {
    expect(found('Elections will be held in April.', '2024-12-05')).toEqual([['April', '2025-04']]);
  });
  it('keeps an explicit year and modifiers', () => {
    expect(found('since October 2023 and in late November', '2025-03-13')).toEqual([
      ['October 2023', '2023-10'],
      ['late November', '2024-11'],
    ]);
  });
  it('does not read the modal "may" or a name "Jan" as a month', () => {
    expect(found('Officials May decide. Jan Kowalski spoke.', '2025-03-13')).toEqual([]);
  });
  it('gives an unanchored month without a publication date', () => {
    expect(found('It happened in June.')).toEqual([['June', 'XXXX-06']]);
  });
});
