import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('present, past and future references', () => {
  it('maps vague references to TIMEX3 REF values', () => {
    expect(found('Now the talks, which recently stalled, look to the future.', '2025-03-13')).toEqual([
      ['Now', 'PRESENT_REF'],
      ['recently', 'PAST_REF'],
      ['the future', 'FUTURE_REF'],
    ]);
    expect(found('It is currently closed, as in the past.')).toEqual([
      ['currently', 'PRESENT_REF'],
      ['the past', 'PAST_REF'],
    ]);
  });
  it('prefers the longer duration over "the past"', () => {
    expect(found('over the past two months')).toEqual([['the past two months', 'P2M']]);
  });
});
