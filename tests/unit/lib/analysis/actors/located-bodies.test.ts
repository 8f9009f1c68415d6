import { describe, expect, it } from 'vitest';
import { withBodiesLocated } from '../../../../../lib/analysis/actors/located-bodies';
import { repairedBy } from './support/tagger-reading';

const repaired = repairedBy((_text, tokens, entities) => withBodiesLocated(tokens, entities));

describe('withBodiesLocated', () => {
  it('reads "in" and a place after an institution as where it is', () => {
    const text =
      'He taught at Padjadjaran University in Bandung and the Cato Institute in Washington , D.C. .';
    expect(
      repaired(text, [
        ['Padjadjaran University in Bandung', 'ORG'],
        ['Cato Institute in Washington , D.C.', 'ORG'],
      ]),
    ).toEqual(['Padjadjaran University ORG', 'Bandung LOC', 'Cato Institute ORG', 'Washington , D.C. LOC']);
  });

  it('keeps a party’s region, lower-case words and other kinds in the name', () => {
    const text =
      'The Christian Social Union in Bavaria , the Bank in crisis and the Museum in Exile Berlin met .';
    expect(
      repaired(text, [
        ['Christian Social Union in Bavaria', 'ORG'],
        ['Bank in crisis', 'ORG'],
        ['Museum in Exile Berlin', 'MISC'],
      ]),
    ).toEqual(['Christian Social Union in Bavaria ORG', 'Bank in crisis ORG', 'Museum in Exile Berlin MISC']);
  });
});
