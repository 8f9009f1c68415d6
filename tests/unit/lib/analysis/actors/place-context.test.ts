import { describe, expect, it } from 'vitest';
import { withPlaceContext } from '../../../../../lib/analysis/actors/place-context';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withPlaceContext);

describe('withPlaceContext', () => {
  it('reads a one-word "person" before "residents" or "square" as a place', () => {
    const text = 'Hired thugs, Abbasiya residents and soldiers met near Abbasiya square.';
    expect(
      repaired(text, [
        ['Abbasiya', 'PER'],
        ['Abbasiya', 'PER'],
      ]),
    ).toEqual(['Abbasiya LOC', 'Abbasiya LOC']);
  });

  it('leaves given names, longer names and other words after a name alone', () => {
    expect(repaired('Ahmed residents complained.', [['Ahmed', 'PER']])).toEqual(['Ahmed PER']);
    expect(repaired('Hosni Mubarak square was renamed.', [['Hosni Mubarak', 'PER']])).toEqual([
      'Hosni Mubarak PER',
    ]);
    expect(repaired('Sawiris said the residents agreed.', [['Sawiris', 'PER']])).toEqual(['Sawiris PER']);
  });
});
