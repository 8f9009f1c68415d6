import { describe, expect, it } from 'vitest';
import { withMatchReportSides } from '../../../../../lib/analysis/actors/match-reports';
import { splitSentences, tokenize } from '../../../../../lib/analysis/tokenize';
import { asWritten, taggerReading } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
function sides(text: string, names: [string, 'PER' | 'ORG' | 'LOC' | 'MISC'][] = []): string[] {
  const tokens = tokenize(text);
  const found = withMatchReportSides(text, tokens, splitSentences(text, tokens), taggerReading(text, names));
  return asWritten(text, found);
}

describe('withMatchReportSides', () => {
  it('reads both sides of a result as teams, a club read as a place included', () => {
    expect(sides('Leeds beat Newcastle 2-1 on Saturday .', [['Newcastle', 'LOC']])).toEqual([
      'Leeds ORG',
      'Newcastle ORG',
    ]);
    expect(sides('Arsenal lost to Manchester United 3-0 .')).toEqual([
      'Arsenal ORG',
      'Manchester United ORG',
    ]);
    expect(sides('Ahly drew with Ismaily 1-1 in Cairo .', [['Cairo', 'LOC']])).toEqual([
      'Ahly ORG',
      'Ismaily ORG',
      'Cairo LOC',
    ]);
  });

  it('reads players where the score runs in sets or a given name opens the name', () => {
    expect(sides('Sampras beat Agassi 6-4 6-3 .')).toEqual(['Sampras PER', 'Agassi PER']);
    expect(sides('Mohamed Salah beat Chelsea 2-0 .')).toEqual(['Mohamed Salah PER', 'Chelsea ORG']);
  });

  it('keeps what the tagger read as a person or a body', () => {
    expect(sides('Salah beat Chelsea 2-0 .', [['Salah', 'PER']])).toEqual(['Salah PER', 'Chelsea ORG']);
  });

  it('reads nothing without a score, nor from a date range', () => {
    expect(sides('Leeds beat Newcastle on Saturday .')).toEqual([]);
    expect(sides('The fair was held April 14-18 , 2010 in Madrid .', [['Madrid', 'LOC']])).toEqual([
      'Madrid LOC',
    ]);
  });
});
