import { bestAllowed } from './decode';
import {
  computeTokenInfo,
  NO_TAG,
  STATIC_FEATURE_COUNT,
  TAG_FEATURE_COUNT,
  writeStaticFeatures,
  writeTagFeatures,
} from './features';
import type { AveragedPerceptron } from './perceptron';

/** A training sentence: token texts and their tag indices. */
export type TrainingSentence = { words: readonly string[]; tags: readonly number[] };

/** Precomputed static features of a training sentence, reused across epochs. */
export type PreparedSentence = {
  info: ReturnType<typeof computeTokenInfo>;
  staticFeatures: Int32Array;
  tags: readonly number[];
};

export function prepareSentence(sentence: TrainingSentence): PreparedSentence {
  const info = computeTokenInfo(sentence.words);
  const n = sentence.words.length;
  const staticFeatures = new Int32Array(n * STATIC_FEATURE_COUNT);
  for (let i = 0; i < n; i++) writeStaticFeatures(info, i, 0, n, staticFeatures, i * STATIC_FEATURE_COUNT);
  return { info, staticFeatures, tags: sentence.tags };
}

/**
 * The keys of features occurring at least `minCount` times in the training data: all static features, and
 * the tag features as they occur with the gold previous tags.
 */
export function frequentFeatureKeys(
  model: AveragedPerceptron,
  sentences: readonly PreparedSentence[],
  minCount: number,
): Set<number> {
  const counts = new Map<number, number>();
  const add = (feature: number) => {
    const key = model.keyOf(feature);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const tagFeatures = new Int32Array(TAG_FEATURE_COUNT);
  for (const { info, staticFeatures, tags } of sentences) {
    for (const feature of staticFeatures) add(feature);
    for (let i = 0; i < tags.length; i++) {
      const previous = i > 0 ? (tags[i - 1] as number) : NO_TAG;
      const previous2 = i > 1 ? (tags[i - 2] as number) : NO_TAG;
      writeTagFeatures(info, i, tags.length, previous, previous2, tagFeatures, 0);
      for (const feature of tagFeatures) add(feature);
    }
  }
  const frequent = new Set<number>();
  for (const [key, count] of counts) if (count >= minCount) frequent.add(key);
  return frequent;
}

/**
 * One perceptron pass over a sentence, decoding greedily as at run time: the tag features use the tags the
 * model itself predicted for the previous tokens, so training sees the same (imperfect) history as tagging.
 * Training is unconstrained (no BIO mask) so that the model learns to prefer valid sequences on its own.
 * Returns the number of tokens tagged wrongly.
 */
export function trainSentence(model: AveragedPerceptron, sentence: PreparedSentence): number {
  const { info, staticFeatures, tags } = sentence;
  const n = tags.length;
  const scores = new Float64Array(model.classCount);
  const tagFeatures = new Int32Array(TAG_FEATURE_COUNT);
  let previous = NO_TAG;
  let previous2 = NO_TAG;
  let errors = 0;
  for (let i = 0; i < n; i++) {
    model.nextInstance();
    scores.fill(0);
    const offset = i * STATIC_FEATURE_COUNT;
    model.addScores(staticFeatures, offset, STATIC_FEATURE_COUNT, scores);
    writeTagFeatures(info, i, n, previous, previous2, tagFeatures, 0);
    model.addScores(tagFeatures, 0, TAG_FEATURE_COUNT, scores);
    const guess = bestAllowed(scores, null, previous);
    const truth = tags[i] as number;
    if (guess !== truth) {
      errors++;
      model.update(staticFeatures, offset, STATIC_FEATURE_COUNT, truth, guess);
      model.update(tagFeatures, 0, TAG_FEATURE_COUNT, truth, guess);
    }
    previous2 = previous;
    previous = guess;
  }
  return errors;
}

/** A deterministic pseudo-random generator (mulberry32), so that shuffling is reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] as T;
    items[i] = items[j] as T;
    items[j] = swap;
  }
}
