import { AveragedPerceptron, meanOfWeights } from './perceptron';
import { TAGS } from './tag-set';
import {
  frequentFeatureKeys,
  type PreparedSentence,
  seededRandom,
  shuffleInPlace,
  trainSentence,
} from './trainer';
import { encodeWeights, type WeightsFile } from './weights-format';

/** How the tagger is trained; the defaults are the shipped weights' recipe (scripts/train-tagger.ts). */
export interface TrainingRecipe {
  epochs: number;
  /** Seeds the sentence order of every epoch: the same data and recipe give byte-identical weights. */
  seed: number;
  /** Perceptrons averaged, each on its own seeded order of the sentences. */
  models: number;
  hashBits: number;
  /** Quantisation step in averaged-weight units; weights below half a step are pruned. */
  step: number;
  /** Features seen fewer times than this in the training data are not learned. */
  minFeatureCount: number;
}

export const SHIPPED_RECIPE: TrainingRecipe = {
  epochs: 12,
  seed: 20240601,
  models: 3,
  // 2^22 hash buckets: few collisions among the features of ~100k training tokens.
  hashBits: 22,
  step: 1.25,
  minFeatureCount: 1,
};

/** What one epoch left behind: its error rate on the training data and the weights as they stand. */
export interface EpochReport {
  epoch: number;
  errorRate: number;
  weights: WeightsFile;
}

/**
 * Trains the averaged-perceptron tagger on tagged sentences: several perceptrons in lockstep, each on
 * its own seeded order of the sentences; the weights are the mean of their averaged weights, quantised.
 */
export function trainWeights(
  sentences: readonly PreparedSentence[],
  recipe: TrainingRecipe = SHIPPED_RECIPE,
  onEpoch?: (report: EpochReport) => void,
): WeightsFile {
  const tokenCount = sentences.reduce((sum, sentence) => sum + sentence.tags.length, 0);
  const models = Array.from(
    { length: recipe.models },
    () => new AveragedPerceptron(TAGS.length, recipe.hashBits),
  );
  const frequent = frequentFeatureKeys(models[0] as AveragedPerceptron, sentences, recipe.minFeatureCount);
  for (const model of models) model.admitOnly(frequent);
  const orders = models.map((_, index) => ({
    random: seededRandom(recipe.seed + index),
    sentences: [...sentences],
  }));
  let weights: WeightsFile | null = null;
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    let errors = 0;
    models.forEach((model, index) => {
      const order = orders[index] as (typeof orders)[number];
      shuffleInPlace(order.sentences, order.random);
      for (const sentence of order.sentences) errors += trainSentence(model, sentence);
    });
    // Encoding is a pass over every weight: only done when someone looks at the epoch, and at the end.
    if (onEpoch || epoch === recipe.epochs) {
      weights = encodeWeights(
        meanOfWeights(models.map((model) => model.averaged())),
        TAGS,
        recipe.hashBits,
        recipe.step,
      );
      onEpoch?.({ epoch, errorRate: errors / recipe.models / tokenCount, weights });
    }
  }
  if (weights === null) throw new Error('No epochs run');
  return weights;
}
