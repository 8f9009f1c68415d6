import { describe, expect, it } from 'vitest';
import { withRunOnNamesSplit } from '../../../../../lib/analysis/actors/run-on-names';
import { repairedBy } from './support/tagger-reading';

const repaired = repairedBy((_text, tokens, entities) => withRunOnNamesSplit(tokens, entities));

describe('withRunOnNamesSplit', () => {
  it('splits a body’s name from the person the tagger ran into it', () => {
    const text = 'St. Boniface : Liberal Party of Canada Joseph Simard , elected .';
    expect(repaired(text, [['Liberal Party of Canada Joseph Simard', 'ORG']])).toEqual([
      'Liberal Party of Canada ORG',
      'Joseph Simard PER',
    ]);
    expect(
      repaired('Ulster Unionist Party David Trimble won .', [['Ulster Unionist Party David Trimble', 'LOC']]),
    ).toEqual(['Ulster Unionist Party ORG', 'David Trimble PER']);
  });

  it('leaves a name without a body’s head word before the given name, or a body named after a person', () => {
    const names: [string, 'ORG'][] = [
      ['Queen Elizabeth Hospital', 'ORG'],
      ['Konrad Adenauer Foundation', 'ORG'],
      ['Bank of Mohamed Ali Street', 'ORG'],
    ];
    const text = 'Queen Elizabeth Hospital , Konrad Adenauer Foundation and Bank of Mohamed Ali Street .';
    expect(repaired(text, names)).toEqual(names.map(([name, type]) => `${name} ${type}`));
  });
});
