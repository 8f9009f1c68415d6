import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../lib/analysis/analyze';
import { dateOrderKey } from '../../../../../lib/analysis/timeline/date-order';
import { FIXTURES_DIR } from '../../../../support/parse-html';

describe('the seed article’s timeline', () => {
  const text = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${FIXTURES_DIR}seed/gold.json`, 'utf8')) as {
    timeline: { value: string; start: number; end: number }[];
  };
  const analysis = analyze(text, { publishedAt: '2025-03-13' });

  it('finds all 5 gold dated expressions with their exact span and value', () => {
    for (const expected of gold.timeline) {
      expect(analysis.dates).toContainEqual({
        start: expected.start,
        end: expected.end,
        value: expected.value,
      });
    }
  });

  it('lists the dated events oldest first, merged by date, the publication its own entry', () => {
    expect(analysis.timeline.map((entry) => [entry.date, entry.label])).toEqual([
      ['199X', 'Oslo Agreement'],
      ['2023-10', 'Since October 2023'],
      ['2025-01', 'Donald Trump took office'],
      ['2025-03-13', 'Publication'],
    ]);
    expect(analysis.timeline[1]?.spans).toHaveLength(2);
    expect(analysis.timeline[2]?.actorIds).toContain('donald-trump');
  });

  it('keeps durations and "now" off the timeline', () => {
    expect(analysis.dates.map((date) => date.value)).toEqual(expect.arrayContaining(['P5Y', 'PRESENT_REF']));
    expect(analysis.timeline.some((entry) => entry.date.startsWith('P'))).toBe(false);
  });
});

describe('timeline edge cases', () => {
  it('has the publication date even when the text never writes it', () => {
    const { timeline } = analyze('Hamas met Egyptian mediators in Cairo.', { publishedAt: '2025-03-13' });
    expect(timeline).toEqual([{ date: '2025-03-13', label: 'Publication', actorIds: [], spans: [] }]);
  });

  it('is empty without dates or a publication date', () => {
    expect(analyze('Hamas met Egyptian mediators in Cairo.').timeline).toEqual([]);
  });
});

describe('dateOrderKey', () => {
  it.each([
    ['199X', '1990'],
    ['2023-10', '2023-10'],
    ['2025-03-13TNI', '2025-03-13'],
    ['2025-W10', '2025-03-03'],
    ['P5Y', null],
    ['PRESENT_REF', null],
  ])('%s → %s', (value, key) => {
    expect(dateOrderKey(value)).toBe(key);
  });
});
