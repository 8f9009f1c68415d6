import { describe, expect, it } from 'vitest';
import { withSurnameMentions } from '../../../../../lib/analysis/actors/surname-mentions';
import { repairedBy } from './support/tagger-reading';

const repaired = repairedBy(withSurnameMentions);

describe('withSurnameMentions', () => {
  it('reads a one-word name after a person named in full with it as surname as the person', () => {
    const text = 'Margaret Hamilton arrived at MIT . Hamilton said so , and the Hamilton notes survive .';
    expect(
      repaired(text, [
        ['Margaret Hamilton', 'PER'],
        ['MIT', 'ORG'],
        ['Hamilton', 'LOC'],
        ['Hamilton', 'MISC'],
      ]),
    ).toEqual(['Margaret Hamilton PER', 'MIT ORG', 'Hamilton PER', 'Hamilton PER']);
  });

  it('leaves mentions before the full name, longer names and other words alone', () => {
    const text =
      'In Vancouver , Gregor Robertson of Vision Vancouver won ; Robertson Bay and Gregor stayed .';
    expect(
      repaired(text, [
        ['Vancouver', 'LOC'],
        ['Gregor Robertson', 'PER'],
        ['Vision Vancouver', 'PER'],
        ['Robertson Bay', 'LOC'],
        ['Gregor', 'LOC'],
      ]),
    ).toEqual([
      'Vancouver LOC',
      'Gregor Robertson PER',
      'Vision Vancouver PER',
      'Robertson Bay LOC',
      'Gregor LOC',
    ]);
  });
});
