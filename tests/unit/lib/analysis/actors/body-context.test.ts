import { describe, expect, it } from 'vitest';
import { withBodyContext } from '../../../../../lib/analysis/actors/body-context';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withBodyContext);

describe('withBodyContext', () => {
  it('reads a "person" after "the" as a body when a verb or no word follows', () => {
    const text = 'In 1993 the Kōmeitō became a ruling party , with the PvdA .';
    expect(
      repaired(text, [
        ['Kōmeitō', 'PER'],
        ['PvdA', 'PER'],
      ]),
    ).toEqual(['Kōmeitō ORG', 'PvdA ORG']);
  });

  it('keeps a person whose name modifies a noun after "the", or who has a given name', () => {
    const text = 'Under the Netanyahu government , the Edith Wharton novel and the Ahmed Maher said .';
    expect(
      repaired(text, [
        ['Netanyahu', 'PER'],
        ['Edith Wharton', 'PER'],
        ['Ahmed Maher', 'PER'],
      ]),
    ).toEqual(['Netanyahu PER', 'Edith Wharton PER', 'Ahmed Maher PER']);
  });

  it('reads a "person" followed by an acronym of its initials as a body', () => {
    const text =
      'Barisan Nasional ( BN ) and Rashtriya Swayamsevak Sangh (RSS) met Mohammed bin Salman ( MBS ) .';
    expect(
      repaired(text, [
        ['Barisan Nasional', 'PER'],
        ['Rashtriya Swayamsevak Sangh', 'PER'],
        ['Mohammed bin Salman', 'PER'],
      ]),
    ).toEqual(['Barisan Nasional ORG', 'Rashtriya Swayamsevak Sangh ORG', 'Mohammed bin Salman PER']);
  });

  it('keeps a person followed by an acronym that is not theirs ("Alex Salmond ( SNP )")', () => {
    expect(repaired('Alex Salmond ( SNP ) won .', [['Alex Salmond', 'PER']])).toEqual(['Alex Salmond PER']);
    expect(repaired('Salmond Kerr ( SNP ) won .', [['Salmond Kerr', 'PER']])).toEqual(['Salmond Kerr PER']);
  });
});
