import { describe, expect, it } from 'vitest';
import { withoutQuotedTitleNames } from '../../../../../lib/analysis/actors/quoted-titles';
import { repairedBy } from './support/tagger-reading';

const repaired = repairedBy(withoutQuotedTitleNames);

describe('withoutQuotedTitleNames', () => {
  it('drops names found only inside quoted titles, and keeps those the article writes elsewhere', () => {
    const text =
      'Mozilla publicly named a new chief, who later stepped down. ^ Kim (2014). "OKCupid Publicly Rips Mozilla: \'We Wish Them Nothing But Failure\'". ^ "Brendan Eich Steps Down as Mozilla CEO". Mozilla Blog.';
    expect(
      repaired(text, [
        ['Mozilla', 'ORG'],
        ['Kim', 'PER'],
        ['Rips Mozilla', 'PER'],
        ['Brendan Eich Steps Down', 'PER'],
        ['Mozilla', 'ORG'],
        ['Mozilla Blog', 'ORG'],
      ]),
    ).toEqual(['Mozilla ORG', 'Kim PER', 'Mozilla ORG', 'Mozilla Blog ORG']);
  });

  it('leaves quoted names and quoted speech alone', () => {
    const text =
      'They sang "Yellow Submarine" and said "Sisi Will Win". Sisi will visit, she said: "Cairo is calm."';
    const names: [string, 'PER' | 'ORG' | 'LOC' | 'MISC'][] = [
      ['Yellow Submarine', 'MISC'],
      ['Sisi', 'PER'],
      ['Sisi', 'PER'],
      ['Cairo', 'LOC'],
    ];
    expect(repaired(text, names)).toEqual(names.map(([name, type]) => `${name} ${type}`));
  });
});
