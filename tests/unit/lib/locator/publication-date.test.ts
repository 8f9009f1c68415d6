import { describe, expect, it } from 'vitest';
import { findPublicationDate, parsePublicationDate } from '../../../../lib/locator/publication-date';

describe('parsePublicationDate', () => {
  it.each([
    ['Friday 15 Apr 2011', '2011-04-15'],
    ['Wednesday 10 Nov 2010', '2010-11-10'],
    ['13 March, 2025', '2025-03-13'],
    ['Thursday 13 Mar 2025', '2025-03-13'],
    ['March 13, 2025', '2025-03-13'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['2025-03-13T10:00:00+02:00', '2025-03-13'],
    ['2017-01-13', '2017-01-13'],
    ['Dina Zayed, Reuters, Wednesday 10 Nov 2010', '2010-11-10'],
  ])('%s → %s', (input, expected) => {
    expect(parsePublicationDate(input)).toBe(expected);
  });

  it.each([
    ['30 February 2025'],
    ['2025-02-30'],
    ['31 Apr 2011'],
    ['Last Update 14:05'],
    [''],
    ['13 Smarch 2025'],
  ])('finds no date in %j', (input) => {
    expect(parsePublicationDate(input)).toBeUndefined();
  });

  it('says where the date stands, weekday included', () => {
    const source = 'Abdel Moneim Said , Friday 15 Apr 2011';
    const found = findPublicationDate(source);
    expect(found?.date).toBe('2011-04-15');
    expect(source.slice(found?.start, found?.end)).toBe('Friday 15 Apr 2011');
  });
});
