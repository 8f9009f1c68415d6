import { describe, expect, it } from 'vitest';
import { lineGatedMatches, matches } from '../../../../../lib/analysis/dates/context';
import { found } from './helpers';

// Rules run a pattern only on the lines with a part every match has (context.ts); these texts have the parts.
describe('gated date patterns', () => {
  it('find what the whole pattern finds, at the same places, on the lines where the gate occurs', () => {
    const pattern = /\b(\w+) years? ago\b/gi;
    const text = 'Two years ago, or five YEARS AGO.\nIn Chicago.\n\nago: six years ago\nten years ago';
    const all = [...matches(pattern, text)].map((m) => [m[0], m.index, m[1]]);
    const gated = [...lineGatedMatches(/ ago\b/gi, pattern, text)].map((m) => [m[0], m.index, m[1]]);
    expect(gated).toEqual(all);
    expect(all.map(([whole]) => whole)).toEqual([
      'Two years ago',
      'five YEARS AGO',
      'six years ago',
      'ten years ago',
    ]);
    expect([...lineGatedMatches(/ ago\b/gi, pattern, 'Chicago\nwas founded long since')]).toEqual([]);
  });

  it('still find rare expressions: bare units, -long, decades, the future, seasons, quarters', () => {
    expect(
      found(
        'They waited for hours, took days and lasted weeks; in the months since, years ago, FOR DECADES.',
      ),
    ).toEqual([
      ['hours', 'PTXH'],
      ['days', 'PXD'],
      ['weeks', 'PXW'],
      ['months', 'PXM'],
      ['years ago', 'PAST_REF'],
      ['DECADES', 'PXY'],
    ]);
    expect(
      found(
        "the Sixties, the 1990s; a day-long wait; Egypt's future; last fall, the third quarter, Q3 2024; this morning",
        '2025-03-13',
      ),
    ).toEqual([
      ['the Sixties', '196X'],
      ['the 1990s', '199X'],
      ['day-long', 'P1D'],
      ['future', 'FUTURE_REF'],
      ['last fall', '2024-FA'],
      ['the third quarter', '2024-Q3'],
      ['Q3 2024', '2024-Q3'],
      ['this morning', '2025-03-13TMO'],
    ]);
  });
});
