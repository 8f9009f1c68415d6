import { describe, expect, it } from 'vitest';
import { withNamedKindLists } from '../../../../../lib/analysis/actors/named-kind-lists';
import { tokenize } from '../../../../../lib/analysis/tokenize';
import { asWritten, repairedBy, taggerReading } from './support/tagger-reading';

const repaired = repairedBy(withNamedKindLists);

describe('withNamedKindLists', () => {
  it('gives the names after "parties such as" and "countries like" the kind the noun says', () => {
    const text =
      'Green parties such as Ecolo , Groen and Meretz won seats , as did countries like Chad and Niger .';
    expect(
      repaired(text, [
        ['Ecolo', 'PER'],
        ['Groen', 'PER'],
        ['Meretz', 'LOC'],
        ['Chad', 'PER'],
        ['Niger', 'LOC'],
      ]),
    ).toEqual(['Ecolo ORG', 'Groen ORG', 'Meretz ORG', 'Chad LOC', 'Niger LOC']);
  });

  it('keeps names that say otherwise of themselves: a head word, a given name, a known name', () => {
    const text = 'Groups such as Ecolo , Cairo University , Alex Moore and Hamas joined .';
    const entities = taggerReading(text, [
      ['Ecolo', 'PER'],
      ['Cairo University', 'ORG'],
      ['Alex Moore', 'PER'],
      ['Hamas', 'LOC'],
    ]);
    const hamas = entities[3] as { start: number; end: number };
    expect(asWritten(text, withNamedKindLists(text, tokenize(text), entities, [hamas]))).toEqual([
      'Ecolo ORG',
      'Cairo University ORG',
      'Alex Moore PER',
      'Hamas LOC',
    ]);
  });

  it('stops at the end of the list and needs the noun right before it', () => {
    const text = 'Parties such as Ecolo won ; Groen lost . The parties , Meretz said , split .';
    expect(
      repaired(text, [
        ['Ecolo', 'PER'],
        ['Groen', 'PER'],
        ['Meretz', 'PER'],
      ]),
    ).toEqual(['Ecolo ORG', 'Groen PER', 'Meretz PER']);
  });
});
