import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../lib/analysis/analyze';
import { type GoldClaim, scoreGoldClaims } from '../../../../../lib/analysis/eval/gold-claims';
import { FIXTURES_DIR } from '../../../../support/parse-html';

function claimsOf(text: string) {
  const analysis = analyze(text);
  return analysis.claims.map((claim) => ({
    text: text.slice(claim.start, claim.end),
    kind: claim.kind,
    cue: claim.cue,
    source: claim.source?.text,
    actorId: claim.source?.actorId,
  }));
}

describe('findClaims: attributed', () => {
  it.each([
    ['According to the UN, aid trucks were stopped at Rafah.', 'According to', 'the UN', 'united-nations'],
    ['Tel Aviv feels that the talks went too far.', 'feels', 'Tel Aviv', 'israel'],
    ['Hamas officials say they will not disarm.', 'say', 'Hamas officials', 'hamas'],
    ['The ministry has repeatedly denied the charges.', 'denied', 'The ministry', undefined],
    ['Egypt rejected the plan outright.', 'rejected', 'Egypt', 'egypt'],
    ['Cairo was angered by news leaks saying that the deal was done.', 'saying', 'news leaks', undefined],
    ['But for many analysts it is a turning point.', 'for', 'many analysts', undefined],
    [
      'Ahmed Kareema, a professor of Islamic law at Al-Azhar University, said that the post insulted religion.',
      'said',
      'Ahmed Kareema',
      'ahmed-kareema',
    ],
    [
      'The minister, speaking in Cairo, said that the crossing would open.',
      'said',
      'The minister',
      undefined,
    ],
    [
      '"We will not leave," said Palestinian Prime Minister Mohammad Mustafa.',
      'said',
      'Palestinian Prime Minister Mohammad Mustafa',
      'mohammad-mustafa',
    ],
  ])('%s', (sentence, cue, source, actorId) => {
    const [claim, ...more] = claimsOf(sentence);
    expect(more).toEqual([]);
    expect(claim).toMatchObject({ text: sentence, kind: 'attributed', cue, source });
    expect(claim?.actorId).toBe(actorId);
  });

  it('links "he said" to the person last named before it', () => {
    const claims = claimsOf('Benjamin Netanyahu met the envoy. He said the war would go on.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ source: 'He', actorId: 'benjamin-netanyahu' });
  });
});

describe('findClaims: hedged', () => {
  it.each([
    ['One proposal reportedly offered safe passage.', 'reportedly'],
    ['The two sides now appear aligned on the need to end the war.', 'appear'],
    ['The statement appears to contradict earlier positions.', 'appears to'],
    ['The commander is said to have left the city.', 'is said to'],
  ])('%s', (sentence, cue) => {
    expect(claimsOf(sentence)).toEqual([
      { text: sentence, kind: 'hedged', cue, source: undefined, actorId: undefined },
    ]);
  });
});

describe('findClaims: not claims', () => {
  it.each([
    ['The reports were published on Monday.'],
    ['Israel will regain the initiative.'],
    ['* A version of this article appears in print in the 13 March, 2025 edition of Al-Ahram Weekly'],
    ['He appeared in court on Tuesday.'],
    ['Residents and alleged hired thugs clashed with the marchers.'],
    ['The US hopes to secure the release of the hostages.'],
    ['Sudan will be able to trade extensively with the United States.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

describe('findClaims: the seed article', () => {
  const text = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${FIXTURES_DIR}seed/gold.json`, 'utf8')) as { claims: GoldClaim[] };

  it('finds all 10 gold claims with their kind and source, and no more than 20 in all', () => {
    const score = scoreGoldClaims(gold.claims, analyze(text).claims);
    expect(score.errors).toEqual([]);
    expect(score.found).toBe(10);
    expect(score.predicted).toBeLessThanOrEqual(20);
  });
});
