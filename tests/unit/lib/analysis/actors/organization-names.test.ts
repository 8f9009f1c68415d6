import { describe, expect, it } from 'vitest';
import type { TaggedEntity } from '../../../../../lib/analysis/actors/merge-mentions';
import { withOrganizationNames } from '../../../../../lib/analysis/actors/organization-names';
import { tokenize } from '../../../../../lib/analysis/tokenize';

/** The names as written after the repair, given the tagger's reading (`name` at its first place). */
function repaired(text: string, names: [string, TaggedEntity['type']][]): string[] {
  const tagged = names.map(([name, type]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`"${name}" is not in the text`);
    return { start, end: start + name.length, type };
  });
  return withOrganizationNames(text, tokenize(text), tagged).map(
    (entity) => `${text.slice(entity.start, entity.end)} ${entity.type}`,
  );
}

describe('withOrganizationNames', () => {
  it('reads a body’s whole name where the tagger saw only the place it starts with', () => {
    expect(repaired('Members of the Pakistan Muslim League met.', [['Pakistan', 'LOC']])).toEqual([
      'Pakistan Muslim League ORG',
    ]);
    expect(repaired('He led the Liberal Party of Canada in 2015.', [['Canada', 'LOC']])).toEqual([
      'Liberal Party of Canada ORG',
    ]);
  });

  it('takes "for the …" and one nested "of …" after the head word', () => {
    const text = 'A statement by the Popular Front for the Liberation of Palestine followed.';
    expect(repaired(text, [['Popular Front', 'ORG']])).toEqual([
      'Popular Front for the Liberation of Palestine ORG',
    ]);
  });

  it('never joins two names across "and"', () => {
    const text = 'The Italian Socialist Party and Italian Republican Party agreed.';
    expect(repaired(text, [['Socialist Party and Italian Republican', 'ORG']])).toEqual([
      'Italian Socialist Party ORG',
      'Italian Republican Party ORG',
    ]);
  });

  it('leaves an election named after a body to the event', () => {
    const text = 'He won the 2008 Meghalaya Legislative Assembly election easily.';
    expect(repaired(text, [['Meghalaya', 'LOC']])).toEqual(['Meghalaya LOC']);
  });

  it('changes nothing where the tagger saw no name, or already saw all of it', () => {
    expect(repaired('Members of the Party Council met.', [])).toEqual([]);
    const text = 'The Alliance of Liberals and Democrats for Europe Party won.';
    expect(repaired(text, [['Alliance of Liberals and Democrats for Europe Party', 'ORG']])).toEqual([
      'Alliance of Liberals and Democrats for Europe Party ORG',
    ]);
  });
});
