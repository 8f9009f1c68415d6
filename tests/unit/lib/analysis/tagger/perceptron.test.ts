import { describe, expect, it } from 'vitest';
import { spansFromTags } from '../../../../../lib/analysis/tagger/bio';
import { CompactModel } from '../../../../../lib/analysis/tagger/compact-model';
import { decodeGreedy, transitionMask } from '../../../../../lib/analysis/tagger/decode';
import { AveragedPerceptron, meanOfWeights } from '../../../../../lib/analysis/tagger/perceptron';
import { TAGS, tagIndex } from '../../../../../lib/analysis/tagger/tag-set';
import {
  type PreparedSentence,
  prepareSentence,
  seededRandom,
  shuffleInPlace,
  trainSentence,
} from '../../../../../lib/analysis/tagger/trainer';
import { encodeWeights } from '../../../../../lib/analysis/tagger/weights-format';

// A tiny synthetic language: "Zorblax" people, "Quuxcorp" organisations, "Vexland" places.
const SENTENCES: [string, string][] = [
  ['Zorblax Mipp visited Vexland .', 'B-PER I-PER O B-LOC O'],
  ['Quuxcorp hired Zorblax Mipp .', 'B-ORG O B-PER I-PER O'],
  ['Dr Fenwick Tarn left Quuxcorp for Brimco Holdings .', 'O B-PER I-PER O B-ORG O B-ORG I-ORG O'],
  ['People in Vexland and Oskor like Brimco Holdings .', 'O O B-LOC O B-LOC O B-ORG I-ORG O'],
  ['Fenwick Tarn met Zorblax Mipp in Oskor .', 'B-PER I-PER O B-PER I-PER O B-LOC O'],
  ['the Grand Prize went to Zorblax Mipp .', 'O B-MISC I-MISC O O B-PER I-PER O'],
];

function prepared(): PreparedSentence[] {
  return SENTENCES.map(([words, tags]) =>
    prepareSentence({ words: words.split(' '), tags: tags.split(' ').map((tag) => tagIndex(tag)) }),
  );
}

function train(epochs: number): AveragedPerceptron {
  const model = new AveragedPerceptron(TAGS.length, 20);
  const sentences = prepared();
  const random = seededRandom(7);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(sentences, random);
    for (const sentence of sentences) trainSentence(model, sentence);
  }
  return model;
}

function tagWith(model: CompactModel, words: string[]): string[] {
  const sentence = prepareSentence({ words, tags: words.map(() => 0) });
  const out = new Int32Array(words.length);
  decodeGreedy(model, sentence.info, sentence.staticFeatures, 0, words.length, transitionMask(TAGS), out);
  return Array.from(out, (index) => TAGS[index] as string);
}

describe('averaged perceptron tagger', () => {
  it('learns a tiny synthetic problem and reproduces its training sentences', () => {
    const model = train(10);
    const compact = new CompactModel(encodeWeights(model.averaged(), TAGS, 20, 0.05));
    for (const [words, tags] of SENTENCES) {
      expect(tagWith(compact, words.split(' ')).join(' ')).toBe(tags);
    }
  });

  it('generalises from context to an unseen name', () => {
    const compact = new CompactModel(encodeWeights(train(10).averaged(), TAGS, 20, 0.05));
    const tags = tagWith(compact, 'Quuxcorp hired Zorblax Mipp and Fenwick Tarn .'.split(' '));
    expect(spansFromTags(tags).map((span) => span.type)).toEqual(['ORG', 'PER', 'PER']);
  });

  it('knows nothing before training', () => {
    const model = new AveragedPerceptron(TAGS.length, 20);
    expect(model.averaged().keys.length).toBe(0);
    const scores = new Float64Array(TAGS.length);
    const sentence = prepared()[0] as PreparedSentence;
    model.addScores(sentence.staticFeatures, 0, sentence.staticFeatures.length, scores);
    expect([...scores].every((score) => score === 0)).toBe(true);
  });

  it('averages weights over training instances', () => {
    const model = new AveragedPerceptron(2, 16);
    const features = Int32Array.of(5);
    // The update follows the prediction of instance 1, so the weight counts as 0 there and ±1 in instance 2.
    model.nextInstance();
    model.update(features, 0, 1, 0, 1);
    model.nextInstance();
    const averaged = model.averaged();
    expect(Array.from(averaged.keys)).toEqual([5]);
    expect(averaged.weights[0]).toBeCloseTo(0.5);
    expect(averaged.weights[1]).toBeCloseTo(-0.5);
  });

  it('averages several models, counting missing features as zero', () => {
    const mean = meanOfWeights([
      { classCount: 2, keys: Int32Array.of(1, 2), weights: Float64Array.of(2, 0, 4, 4) },
      { classCount: 2, keys: Int32Array.of(2, 3), weights: Float64Array.of(0, 2, 6, 6) },
    ]);
    const byKey = new Map(
      Array.from(mean.keys, (key, row) => [key, Array.from(mean.weights.slice(row * 2, row * 2 + 2))]),
    );
    expect(byKey.get(1)).toEqual([1, 0]);
    expect(byKey.get(2)).toEqual([2, 3]);
    expect(byKey.get(3)).toEqual([3, 3]);
  });

  it('shuffles reproducibly from a seed', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8];
    const b = [...a];
    shuffleInPlace(a, seededRandom(42));
    shuffleInPlace(b, seededRandom(42));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
