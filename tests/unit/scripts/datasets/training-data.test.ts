import { describe, expect, it } from 'vitest';
import { CROSSNER_DOMAINS, type CrossnerDomain } from '../../../../scripts/datasets/read-crossner';
import { foldOf, type TrainingData, trainingSentences } from '../../../../scripts/datasets/training-data';
import type { TaggedSentence } from '../../../../scripts/datasets/types';

function sentence(word: string): TaggedSentence {
  return { tokens: [word], tags: ['O'] };
}

/** Two train and five dev sentences per domain, five Wikigold sentences, each named by where it is from. */
function smallData(): TrainingData {
  const split = (domain: CrossnerDomain, name: string, count: number) =>
    Array.from({ length: count }, (_, index) => sentence(`${domain}-${name}-${index}`));
  return {
    train: new Map(CROSSNER_DOMAINS.map((domain) => [domain, split(domain, 'train', 2)])),
    dev: new Map(CROSSNER_DOMAINS.map((domain) => [domain, split(domain, 'dev', 5)])),
    wikigold: Array.from({ length: 5 }, (_, index) => sentence(`wikigold-${index}`)),
  };
}

const words = (sentences: readonly TaggedSentence[]) => sentences.map((item) => item.tokens[0]);

describe('foldOf', () => {
  it('cuts a list into contiguous folds that cover it once', () => {
    const items = Array.from({ length: 11 }, (_, index) => index);
    const held = [0, 1, 2, 3, 4].map((fold) => foldOf(items, fold, 5).held);
    expect(held.flat()).toEqual(items);
    for (const block of held) expect(block).toEqual(items.slice(block[0], (block[0] ?? 0) + block.length));
    expect(foldOf(items, 2, 5).rest).toEqual(items.filter((item) => !held[2]?.includes(item)));
  });
});

describe('trainingSentences', () => {
  it('trains on every train and dev split and Wikigold', () => {
    expect(trainingSentences(smallData())).toHaveLength(5 * 2 + 5 + 5 * 5);
  });

  it('holds the dev splits out on request', () => {
    const trained = words(trainingSentences(smallData(), { heldOutDev: true }));
    expect(trained).toHaveLength(5 * 2 + 5);
    expect(trained.some((word) => word?.includes('-dev-'))).toBe(false);
  });

  it('holds one fold of every dev split and of Wikigold out for cross-validation, and nothing else', () => {
    const trained = new Set(words(trainingSentences(smallData(), { devFold: { fold: 1, folds: 5 } })));
    for (const domain of CROSSNER_DOMAINS) {
      expect(trained.has(`${domain}-dev-1`)).toBe(false);
      for (const index of [0, 2, 3, 4]) expect(trained.has(`${domain}-dev-${index}`)).toBe(true);
      expect(trained.has(`${domain}-train-0`)).toBe(true);
    }
    expect(trained.has('wikigold-1')).toBe(false);
    for (const index of [0, 2, 3, 4]) expect(trained.has(`wikigold-${index}`)).toBe(true);
  });
});
