import { describe, expect, it } from 'vitest';
import { withListKinds } from '../../../../../lib/analysis/actors/name-lists';
import { SpanSearch } from '../../../../../lib/analysis/actors/span-search';
import { tokenize } from '../../../../../lib/analysis/tokenize';
import { asWritten, repairedBy, taggerReading } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withListKinds);

describe('withListKinds', () => {
  it('gives a one-word "person" in a list of organisations the list’s kind', () => {
    const text = 'The parties were Golkar , Masyumi , Nahdlatul Ulama and Murba .';
    expect(
      repaired(text, [
        ['Golkar', 'ORG'],
        ['Masyumi', 'PER'],
        ['Nahdlatul Ulama', 'ORG'],
        ['Murba', 'ORG'],
      ]),
    ).toEqual(['Golkar ORG', 'Masyumi ORG', 'Nahdlatul Ulama ORG', 'Murba ORG']);
  });

  it('gives a two-word "person" without a given name the list’s kind, across "the"', () => {
    const text = 'The parties were Golkar , Nahdlatul Ulama , the Indonesian National Party and Murba .';
    expect(
      repaired(text, [
        ['Golkar', 'ORG'],
        ['Nahdlatul Ulama', 'PER'],
        ['Indonesian National Party', 'ORG'],
        ['Murba', 'ORG'],
      ]),
    ).toEqual(['Golkar ORG', 'Nahdlatul Ulama ORG', 'Indonesian National Party ORG', 'Murba ORG']);
  });

  it('keeps people with a given name or of three words, short lists, and lists without a clear kind', () => {
    expect(
      repaired('Hamas , Islamic Jihad , Ahmed Yassin and Fatah .', [
        ['Hamas', 'ORG'],
        ['Islamic Jihad', 'ORG'],
        ['Ahmed Yassin', 'PER'],
        ['Fatah', 'ORG'],
      ]),
    ).toEqual(['Hamas ORG', 'Islamic Jihad ORG', 'Ahmed Yassin PER', 'Fatah ORG']);
    expect(
      repaired('Likud , Joop den Uyl , Shas and Meretz met.', [
        ['Likud', 'ORG'],
        ['Joop den Uyl', 'PER'],
        ['Shas', 'ORG'],
        ['Meretz', 'ORG'],
      ]),
    ).toEqual(['Likud ORG', 'Joop den Uyl PER', 'Shas ORG', 'Meretz ORG']);
    const list = 'Likud , Ahmed , Shas and Meretz met.';
    expect(
      repaired(list, [
        ['Likud', 'ORG'],
        ['Ahmed', 'PER'],
        ['Shas', 'ORG'],
        ['Meretz', 'ORG'],
      ]),
    ).toEqual(['Likud ORG', 'Ahmed PER', 'Shas ORG', 'Meretz ORG']);
    expect(
      repaired('Likud and Sharon met.', [
        ['Likud', 'ORG'],
        ['Sharon', 'PER'],
      ]),
    ).toEqual(['Likud ORG', 'Sharon PER']);
    expect(
      repaired('Likud , Sharon , Peres and Labour met.', [
        ['Likud', 'ORG'],
        ['Sharon', 'PER'],
        ['Peres', 'PER'],
        ['Labour', 'ORG'],
      ]),
    ).toEqual(['Likud ORG', 'Sharon PER', 'Peres PER', 'Labour ORG']);
  });

  it('does not take names apart by more than a comma or "and" for one list', () => {
    const text = 'Golkar won ; Masyumi lost , said Murba and Parkindo .';
    expect(
      repaired(text, [
        ['Golkar', 'ORG'],
        ['Masyumi', 'PER'],
        ['Murba', 'ORG'],
        ['Parkindo', 'ORG'],
      ]),
    ).toEqual(['Golkar ORG', 'Masyumi PER', 'Murba ORG', 'Parkindo ORG']);
  });

  describe('a list of people named as people are', () => {
    const cast = 'The film stars Ravichandran , Pyramid Natarajan , Manivannan , T. P. Gajendran and Alex .';

    it('makes the "places" that say nothing of themselves people', () => {
      expect(
        repaired(cast, [
          ['Ravichandran', 'LOC'],
          ['Pyramid Natarajan', 'LOC'],
          ['Manivannan', 'LOC'],
          ['T. P. Gajendran', 'PER'],
          ['Alex', 'PER'],
        ]),
      ).toEqual([
        'Ravichandran PER',
        'Pyramid Natarajan PER',
        'Manivannan PER',
        'T. P. Gajendran PER',
        'Alex PER',
      ]);
    });

    it('needs two people named with a given name or initials', () => {
      expect(
        repaired(cast, [
          ['Ravichandran', 'LOC'],
          ['Pyramid Natarajan', 'LOC'],
          ['Manivannan', 'LOC'],
          ['T. P. Gajendran', 'PER'],
        ]),
      ).toEqual(['Ravichandran LOC', 'Pyramid Natarajan LOC', 'Manivannan LOC', 'T. P. Gajendran PER']);
    });

    it('keeps cities, known names, head words, acronyms and organisations (bands are listed with people)', () => {
      const text =
        'Guests were Alex Moore , Kevin Lane , Toronto , Ashdod , Nile River , UNRWA and Ultravox .';
      const entities = taggerReading(text, [
        ['Alex Moore', 'PER'],
        ['Kevin Lane', 'PER'],
        ['Toronto', 'LOC'],
        ['Ashdod', 'LOC'],
        ['Nile River', 'LOC'],
        ['UNRWA', 'LOC'],
        ['Ultravox', 'ORG'],
      ]);
      const ashdod = entities[3] as { start: number; end: number };
      expect(
        asWritten(text, withListKinds(text, tokenize(text), entities, new SpanSearch([ashdod]))),
      ).toEqual([
        'Alex Moore PER',
        'Kevin Lane PER',
        'Toronto LOC',
        'Ashdod LOC',
        'Nile River LOC',
        'UNRWA LOC',
        'Ultravox ORG',
      ]);
    });
  });
});
