import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../lib/analysis/dates';

const SEED = new URL('../../../../fixtures/seed/', import.meta.url);
const text = readFileSync(new URL('article.txt', SEED), 'utf8');
const gold = JSON.parse(readFileSync(new URL('gold.json', SEED), 'utf8')) as {
  publishedAt: string;
  timeline: { start: number; end: number; value: string }[];
};

describe('seed article', () => {
  const dates = findDates(text, gold.publishedAt);
  it('finds the five dated expressions with exact span and value', () => {
    expect(gold.timeline).toHaveLength(5);
    for (const g of gold.timeline) {
      expect(dates).toContainEqual({ start: g.start, end: g.end, value: g.value });
    }
  });
  it('reads the duration and "now"', () => {
    const byText = new Map(dates.map((d) => [text.slice(d.start, d.end), d.value]));
    expect(byText.get('five-to-ten-year')).toBe('P5Y');
    expect(byText.get('now')).toBe('PRESENT_REF');
  });
});
