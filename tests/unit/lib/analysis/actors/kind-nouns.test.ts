import { describe, expect, it } from 'vitest';
import { withKindNouns } from '../../../../../lib/analysis/actors/kind-nouns';
import { SpanSearch } from '../../../../../lib/analysis/actors/span-search';
import { tokenize } from '../../../../../lib/analysis/tokenize';
import { asWritten, repairedBy, taggerReading } from './support/tagger-reading';

const repaired = repairedBy(withKindNouns);

describe('withKindNouns', () => {
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
    expect(asWritten(text, withKindNouns(text, tokenize(text), entities, new SpanSearch([hamas])))).toEqual([
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

  it('gives a name the kind its appositive says, the noun ending the phrase', () => {
    const text =
      'Mapam joined Meretz , a dovish , social-democratic liberal party . Zorgon , a small town in the north , and Kabila , the city council member , agreed .';
    expect(
      repaired(text, [
        ['Meretz', 'PER'],
        ['Zorgon', 'PER'],
        ['Kabila', 'PER'],
      ]),
    ).toEqual(['Meretz ORG', 'Zorgon LOC', 'Kabila PER']);
  });

  it('reads an appositive as articles write it, and a description after "is a" or "was a"', () => {
    const text =
      'Mapam joined Meretz, a dovish, social-democratic liberal party. Silego Technology is a fabless semiconductor company located in California. Kabila was a leader, and Zorgon is the city council.';
    expect(
      repaired(text, [
        ['Meretz', 'PER'],
        ['Silego Technology', 'PER'],
        ['Kabila', 'ORG'],
        ['Zorgon', 'PER'],
      ]),
    ).toEqual(['Meretz ORG', 'Silego Technology ORG', 'Kabila PER', 'Zorgon PER']);
  });

  it('reads a list after the bare plural, lower case or opening a sentence, but not inside a name', () => {
    const text =
      'Singers Andra Day and Common marched . The opposition parties Musavat and Ecolo won in the United States Shinui poll .';
    expect(
      repaired(text, [
        ['Andra Day', 'PER'],
        ['Common', 'ORG'],
        ['Musavat', 'PER'],
        ['Ecolo', 'PER'],
        ['United States', 'LOC'],
        ['Shinui', 'PER'],
      ]),
    ).toEqual(['Andra Day PER', 'Common PER', 'Musavat ORG', 'Ecolo ORG', 'United States LOC', 'Shinui PER']);
  });

  it('gives a name the kind of the singular noun right before it, after an article', () => {
    const text = 'After the collapse of the investment bank Lehman Brothers , bank Hamas and Shinui met .';
    expect(
      repaired(text, [
        ['Lehman Brothers', 'PER'],
        ['Hamas', 'LOC'],
      ]),
    ).toEqual(['Lehman Brothers ORG', 'Hamas LOC']);
  });

  it('reads a "person" followed by the people of a body as that body, and only a person', () => {
    const text = 'Plaid Cymru leaders Gwynfor Evans spoke ; Florida lawmakers met .';
    expect(
      repaired(text, [
        ['Plaid Cymru', 'PER'],
        ['Gwynfor Evans', 'PER'],
        ['Florida', 'LOC'],
      ]),
    ).toEqual(['Plaid Cymru ORG', 'Gwynfor Evans PER', 'Florida LOC']);
  });
});
