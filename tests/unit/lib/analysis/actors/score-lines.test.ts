import { describe, expect, it } from 'vitest';
import { withScoreLineNames } from '../../../../../lib/analysis/actors/score-lines';
import { analyze } from '../../../../../lib/analysis/analyze';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withScoreLineNames);

describe('withScoreLineNames', () => {
  it('names the teams of a results line the tagger passed over', () => {
    expect(
      repaired('Arsenal 2 Chelsea 1\n\nManchester United 4 , Southampton 0', [['Manchester', 'LOC']]),
    ).toEqual(['Arsenal ORG', 'Chelsea ORG', 'Manchester United ORG', 'Southampton ORG']);
  });

  it('reads people in a standings line: read by the tagger, a given name first, or a country in brackets after', () => {
    expect(
      repaired(
        '1. Michael Johnson ( U.S. ) 19.32\n\n2. Ato Boldon ( Trinidad ) 19.80\n\n3. Frank Odo 20.01',
        [['Michael Johnson', 'PER']],
      ),
    ).toEqual(['Michael Johnson PER', 'U.S. LOC', 'Ato Boldon PER', 'Trinidad LOC', 'Frank Odo PER']);
  });

  it('reads the scorers in brackets after a team, and everyone on a scorecard, as people', () => {
    const text =
      'Monaco 2 ( Ikpeba 35 , Anderson 67 ) Lyon 1 ( Giuly 12 )\n\nSaeed Anwar c Stewart b Croft 25';
    expect(repaired(text, [])).toEqual([
      'Monaco ORG',
      'Ikpeba PER',
      'Anderson PER',
      'Lyon ORG',
      'Giuly PER',
      'Saeed Anwar PER',
      'Stewart PER',
      'Croft PER',
    ]);
  });

  it('leaves sentences, dates and lines with one number alone', () => {
    const text = [
      'Arsenal beat Chelsea 2-1 on Saturday.',
      'Updated 13 March 2025 10:45',
      'Friday 15 Apr 2011',
      'Updated 10:45',
    ].join('\n\n');
    expect(repaired(text, [['Arsenal', 'ORG']])).toEqual(['Arsenal ORG']);
  });

  it('gives the actors of a results table, states as the knowledge base has them', () => {
    const text = 'Results of the group matches on Sunday :\n\nJapan 2 Syria 1\n\nLeeds 0 Newcastle 3';
    const actors = analyze(text).actors.map((actor) => `${actor.name} ${actor.kind}`);
    expect(actors).toEqual(
      expect.arrayContaining(['Japan state', 'Syria state', 'Leeds organization', 'Newcastle organization']),
    );
  });
});
