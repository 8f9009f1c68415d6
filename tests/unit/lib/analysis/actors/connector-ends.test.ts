import { describe, expect, it } from 'vitest';
import { withoutConnectorEnds } from '../../../../../lib/analysis/actors/connector-ends';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withoutConnectorEnds);

describe('withoutConnectorEnds', () => {
  it('carries a name cut at a connector over the capitalised words after it', () => {
    expect(repaired('He joined the Union for a Popular Movement in 2002.', [['Union for', 'ORG']])).toEqual([
      'Union for a Popular Movement ORG',
    ]);
    expect(repaired('Members of Rock the Vote met.', [['Rock the', 'ORG']])).toEqual(['Rock the Vote ORG']);
  });

  it('carries a person over the particles of the name, taking in the rest the tagger read apart', () => {
    const text = 'The chief spokesman Nikolaus van der Pas told a news briefing.';
    expect(
      repaired(text, [
        ['Nikolaus van', 'PER'],
        ['Pas', 'PER'],
      ]),
    ).toEqual(['Nikolaus van der Pas PER']);
  });

  it('cuts the connector off when nothing capitalised follows', () => {
    expect(repaired('The Alliance of and others.', [['Alliance of', 'ORG']])).toEqual(['Alliance ORG']);
  });

  it('drops a span that is nothing but connectors', () => {
    expect(repaired('and so on', [['and', 'ORG']])).toEqual([]);
  });

  it('leaves names that end on a name word as they are', () => {
    expect(repaired('The Liberal Party of Canada won.', [['Liberal Party of Canada', 'ORG']])).toEqual([
      'Liberal Party of Canada ORG',
    ]);
  });

  it('does not run on across punctuation', () => {
    expect(repaired('the Union for, Popular Movement', [['Union for', 'ORG']])).toEqual(['Union ORG']);
  });
});
