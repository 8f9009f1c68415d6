import { describe, expect, it } from 'vitest';
import { withBracketedAcronyms } from '../../../../../lib/analysis/actors/bracketed-acronyms';
import { repairedBy } from './support/tagger-reading';

const repaired = repairedBy(withBracketedAcronyms);

describe('withBracketedAcronyms', () => {
  it('adds the acronym in brackets right after a name, of the name kind', () => {
    const text = 'The Greens joined the Movement for the Left ( MpS ) and Popolo della Libertà ( PdL ) .';
    expect(
      repaired(text, [
        ['Greens', 'ORG'],
        ['Movement for the Left', 'ORG'],
        ['Popolo della Libertà', 'LOC'],
      ]),
    ).toEqual(['Greens ORG', 'Movement for the Left ORG', 'MpS ORG', 'Popolo della Libertà LOC', 'PdL LOC']);
  });

  it('leaves out titles, words, acronyms far from a name and acronyms already found', () => {
    const text =
      'Jean Chrétien , Liberal Party Member of Parliament ( MP ) , left ( Mps ) ; Shas won ( SW ) ; the Socialist Party ( PS ) too .';
    expect(
      repaired(text, [
        ['Jean Chrétien', 'PER'],
        ['Liberal Party Member of Parliament', 'ORG'],
        ['Shas', 'ORG'],
        ['Socialist Party', 'ORG'],
        ['PS', 'ORG'],
      ]),
    ).toEqual([
      'Jean Chrétien PER',
      'Liberal Party Member of Parliament ORG',
      'Shas ORG',
      'Socialist Party ORG',
      'PS ORG',
    ]);
  });
});
