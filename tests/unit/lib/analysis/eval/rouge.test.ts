import { describe, expect, it } from 'vitest';
import { rouge, rougeL, rougeN, rougeTokens } from '../../../../../lib/analysis/eval/rouge';

// Every expected value below was counted by hand; the comments show the counting.

const zero = { precision: 0, recall: 0, f1: 0 };

function expectScore(actual: { precision: number; recall: number; f1: number }, p: number, r: number) {
  expect(actual.precision).toBeCloseTo(p, 10);
  expect(actual.recall).toBeCloseTo(r, 10);
  expect(actual.f1).toBeCloseTo(p + r === 0 ? 0 : (2 * p * r) / (p + r), 10);
}

describe('rougeTokens', () => {
  it('lowercases and keeps runs of letters and digits, dropping punctuation', () => {
    expect(rougeTokens("Sisi's U.S.-backed plan, 2025!")).toEqual([
      'sisi',
      's',
      'u',
      's',
      'backed',
      'plan',
      '2025',
    ]);
  });

  it('reads any script, and a decomposed accent as the same word as a precomposed one', () => {
    expect(rougeTokens('Égypte CAFE\u0301 مصر')).toEqual(['égypte', 'café', 'مصر']);
    expect(rougeTokens('cafe\u0301')).toEqual(rougeTokens('caf\u00e9'));
  });

  it('finds no tokens in empty or punctuation-only text', () => {
    expect(rougeTokens('')).toEqual([]);
    expect(rougeTokens(' — !!! … ')).toEqual([]);
  });
});

describe('rouge', () => {
  it('scores one substituted word', () => {
    // the cat sat on the mat / the cat is on the mat
    // unigrams: the×2 + cat + on + mat = 5 of 6 on each side
    // bigrams: "the cat", "on the", "the mat" = 3 of 5 on each side
    // LCS: the cat on the mat = 5 of 6
    const report = rouge('The cat sat on the mat.', 'the cat is on the mat');
    expectScore(report.rouge1, 5 / 6, 5 / 6);
    expectScore(report.rouge2, 3 / 5, 3 / 5);
    expectScore(report.rougeL, 5 / 6, 5 / 6);
  });

  it('scores a short candidate against a longer reference', () => {
    // candidate: police arrested two men (4); reference: two men were arrested by police on friday (8)
    // unigrams: all 4 candidate words occur → P 4/4, R 4/8
    // bigrams: only "two men" → P 1/3, R 1/7
    // LCS: "two men" (arrested and police come in the other order) → P 2/4, R 2/8
    const report = rouge('Police arrested two men', 'Two men were arrested by police on Friday');
    expectScore(report.rouge1, 1, 1 / 2);
    expect(report.rouge1.f1).toBeCloseTo(2 / 3, 10);
    expectScore(report.rouge2, 1 / 3, 1 / 7);
    expect(report.rouge2.f1).toBeCloseTo(0.2, 10);
    expectScore(report.rougeL, 1 / 2, 1 / 4);
    expect(report.rougeL.f1).toBeCloseTo(1 / 3, 10);
  });

  it('clips a word the candidate repeats to its count in the reference', () => {
    // unigrams: "the" ×4 against ×1 → 1 match; P 1/4, R 1/2, F1 1/3
    // bigrams: "the the" ×3 never occurs in the reference
    const report = rouge('the the the the', 'the cat');
    expectScore(report.rouge1, 1 / 4, 1 / 2);
    expect(report.rouge1.f1).toBeCloseTo(1 / 3, 10);
    expect(report.rouge2).toEqual(zero);
    expectScore(report.rougeL, 1 / 4, 1 / 2);
  });

  it('clips a word the reference repeats to its count in the candidate', () => {
    // unigrams: the (1 of 3) + cat → 2; P 2/2, R 2/4
    // bigrams: "the cat" → P 1/1, R 1/3
    const report = rouge('the cat', 'the the the cat');
    expectScore(report.rouge1, 1, 1 / 2);
    expectScore(report.rouge2, 1, 1 / 3);
    expectScore(report.rougeL, 1, 1 / 2);
  });

  it('counts shared words in any order for ROUGE-1 but only in order for ROUGE-L', () => {
    const report = rouge('a b c d', 'd c b a');
    expectScore(report.rouge1, 1, 1);
    expect(report.rouge2).toEqual(zero);
    expectScore(report.rougeL, 1 / 4, 1 / 4);
  });

  it('scores identical texts 1 whatever their punctuation and case', () => {
    const report = rouge('Talks, then a truce.', 'talks then a TRUCE');
    for (const value of [report.rouge1, report.rouge2, report.rougeL]) expectScore(value, 1, 1);
  });

  it('scores 0, never NaN, when either side is empty', () => {
    for (const [candidate, reference] of [
      ['', 'the cat'],
      ['the cat', ''],
      ['', ''],
      ['...', '!!'],
    ] as const) {
      const report = rouge(candidate, reference);
      expect(report).toEqual({ rouge1: zero, rouge2: zero, rougeL: zero });
    }
  });

  it('has no bigrams in a one-word text', () => {
    expect(rougeN(['cat'], ['cat'], 2)).toEqual(zero);
    expectScore(rougeN(['cat'], ['cat'], 1), 1, 1);
    expectScore(rougeL(['cat'], ['cat']), 1, 1);
  });
});
