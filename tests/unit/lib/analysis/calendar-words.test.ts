import { describe, expect, it } from 'vitest';
import { isCalendarName, isMonthName } from '../../../../lib/analysis/calendar-words';

describe('calendar words', () => {
  it.each(['March', 'Mar.', 'SEPT', 'sep', 'May', 'June', 'Jul'])('knows the month %j', (word) => {
    expect(isMonthName(word)).toBe(true);
    expect(isCalendarName(word)).toBe(true);
  });

  it.each(['Thursday', 'Thurs', 'Tue.', 'SAT', 'sun'])('knows the day %j', (word) => {
    expect(isMonthName(word)).toBe(false);
    expect(isCalendarName(word)).toBe(true);
  });

  it.each(['Monaco', 'Marseille', 'Sunderland', 'Mayor', 'Junior', 'Decca', 'Satellite'])(
    'takes %j, which only begins like one, for no calendar word',
    (word) => {
      expect(isCalendarName(word)).toBe(false);
    },
  );
});
