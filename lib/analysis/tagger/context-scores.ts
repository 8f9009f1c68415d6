import type { CompactModel } from './compact-model';
import * as features from './features';
import { featureHash } from './hashing';

/** Capitalisation classes, 0 (beyond the sentence) to 6 (features.ts). */
export const CAPITALISATION_VALUES = 7;

/**
 * Summed weights of the tagger features whose values come from small fixed sets, computed once per model:
 * the capitalisation trigram (7³ combinations) and the two features over the previous tags alone
 * ((classes + 1)² combinations, "no tag" included). Each is then one row read per token instead of a lookup
 * in the model's tables. Rows are `classCount` wide.
 */
export class ContextScores {
  /** Row of capitalisations (previous, own, next) at ((previous * 7) + own) * 7 + next. */
  readonly capitalisationTrigram: Int16Array;
  /** Row of tags (previous, previous2) at (previous + 1) * (classCount + 1) + previous2 + 1. */
  readonly previousTags: Int16Array;

  constructor(model: CompactModel) {
    const classCount = model.classCount;
    const sums = new Float64Array(classCount);
    const row = (add: () => void, out: Int16Array, index: number) => {
      sums.fill(0);
      add();
      out.set(sums, index * classCount);
    };
    const values = CAPITALISATION_VALUES;
    this.capitalisationTrigram = new Int16Array(values * values * values * classCount);
    for (let previous = 0; previous < values; previous++)
      for (let own = 0; own < values; own++)
        for (let next = 0; next < values; next++)
          row(
            () =>
              model.addWeights(featureHash(features.T_CAPITALISATION_TRIGRAM, previous, own, next), sums, 0),
            this.capitalisationTrigram,
            (previous * values + own) * values + next,
          );
    const tags = classCount + 1;
    this.previousTags = new Int16Array(tags * tags * classCount);
    for (let previous = -1; previous < classCount; previous++)
      for (let previous2 = -1; previous2 < classCount; previous2++)
        row(
          () => {
            model.addWeights(featureHash(features.T_PREV_TAG, previous), sums, 0);
            model.addWeights(featureHash(features.T_PREV2_TAGS, previous, previous2), sums, 0);
          },
          this.previousTags,
          (previous + 1) * tags + previous2 + 1,
        );
  }
}
