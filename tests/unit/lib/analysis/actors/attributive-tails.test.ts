import { describe, expect, it } from 'vitest';
import { withoutAttributiveTails } from '../../../../../lib/analysis/actors/attributive-tails';
import { repairedBy } from './support/tagger-reading';

const repaired = repairedBy(withoutAttributiveTails);

describe('withoutAttributiveTails', () => {
  it("cuts a thing's name off a person named in full elsewhere when a noun follows it", () => {
    const text = 'Margaret Hamilton wrote it . Fans bought a Margaret Hamilton Lego minifigure .';
    expect(
      repaired(text, [
        ['Margaret Hamilton', 'PER'],
        ['Margaret Hamilton Lego', 'PER'],
      ]),
    ).toEqual(['Margaret Hamilton PER', 'Margaret Hamilton PER']);
  });

  it('keeps longer names that the article does not shorten, suffixes, and words of other names', () => {
    const text =
      'John Paul spoke . John Paul Jones said no , and Jones left . Martin Luther said that Martin Luther King Jr said it . Kim Jong Un said so .';
    const names: [string, 'PER'][] = [
      ['John Paul', 'PER'],
      ['John Paul Jones', 'PER'],
      ['Jones', 'PER'],
      ['Martin Luther', 'PER'],
      ['Martin Luther King Jr', 'PER'],
      ['Kim Jong Un', 'PER'],
    ];
    expect(repaired(text, names)).toEqual(names.map(([name]) => `${name} PER`));
  });
});
