import { describe, expect, it } from 'vitest';
import { withPlaceNames } from '../../../../../lib/analysis/actors/place-names';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withPlaceNames);

describe('withPlaceNames', () => {
  it('reads a "person" named like a large city as the city', () => {
    const text = 'Calgary was a clean sweep , and San Diego voted late .';
    expect(
      repaired(text, [
        ['Calgary', 'PER'],
        ['San Diego', 'PER'],
      ]),
    ).toEqual(['Calgary LOC', 'San Diego LOC']);
  });

  it('reads a "person", an "organisation" or a "miscellaneous" name that is a whole region as the region', () => {
    const text = 'Shanxi voted ; the Queensland branches met in the provinces of : Guangdong .';
    expect(
      repaired(text, [
        ['Shanxi', 'PER'],
        ['Queensland', 'ORG'],
        ['Guangdong', 'MISC'],
      ]),
    ).toEqual(['Shanxi LOC', 'Queensland LOC', 'Guangdong LOC']);
  });

  it('keeps given names, surnames of people named in full, unknown towns and other kinds', () => {
    const text = 'Lewis Hamilton won ; Hamilton thanked Victoria , Abbasiya and Newcastle .';
    expect(
      repaired(text, [
        ['Lewis Hamilton', 'PER'],
        ['Hamilton', 'PER'],
        ['Victoria', 'PER'],
        ['Abbasiya', 'PER'],
        ['Newcastle', 'ORG'],
      ]),
    ).toEqual(['Lewis Hamilton PER', 'Hamilton PER', 'Victoria PER', 'Abbasiya PER', 'Newcastle ORG']);
  });
});
