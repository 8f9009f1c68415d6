import { isValidTransition } from './bio';
import {
  NO_TAG,
  STATIC_FEATURE_COUNT,
  TAG_FEATURE_COUNT,
  type TokenInfo,
  writeTagFeatures,
} from './features';
import type { FeatureScorer } from './scorer';

/**
 * Greedy left-to-right decoding: each token gets the best tag given the tags already chosen for the two
 * tokens before it (the tagger is trained the same way, on its own predicted history). Chosen over Viterbi
 * because it allows second-order tag features at linear cost with no per-pair score table, which keeps
 * tagging within the per-article time budget.
 *
 * Only valid BIO is produced: an I-X tag is considered only right after B-X or I-X. Masking invalid tags
 * while decoding is worth about 3 points of dev F1 over decoding freely and repairing the sequence after
 * (I-X without a start read as B-X), because the next best valid tag is usually the right one.
 */

/**
 * `allowed[(previous + 1) * classCount + tag]` is 1 when `tag` may follow `previous` (previous = NO_TAG, i.e.
 * -1, at the start of a sentence).
 */
export function transitionMask(tags: readonly string[]): Uint8Array {
  const classCount = tags.length;
  const allowed = new Uint8Array((classCount + 1) * classCount);
  for (let previous = -1; previous < classCount; previous++) {
    for (let tag = 0; tag < classCount; tag++) {
      const previousTag = previous < 0 ? null : (tags[previous] as string);
      allowed[(previous + 1) * classCount + tag] = isValidTransition(previousTag, tags[tag] as string)
        ? 1
        : 0;
    }
  }
  return allowed;
}

/** Index of the highest score among the classes allowed after `previous` (all classes when no mask). */
export function bestAllowed(scores: Float64Array, allowed: Uint8Array | null, previous: number): number {
  const classCount = scores.length;
  const rowOffset = (previous + 1) * classCount;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < classCount; c++) {
    if (allowed !== null && allowed[rowOffset + c] === 0) continue;
    const score = scores[c] as number;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * Tags tokens `sentenceStart .. sentenceEnd` (exclusive) into `tagsOut` (tag indices). `staticFeatures`
 * holds STATIC_FEATURE_COUNT hashes per token of the sentence, from its first token on, as written by
 * `writeStaticFeatures`.
 */
export function decodeGreedy(
  scorer: FeatureScorer,
  info: TokenInfo,
  staticFeatures: Int32Array,
  sentenceStart: number,
  sentenceEnd: number,
  allowed: Uint8Array | null,
  tagsOut: Int32Array,
): void {
  const scores = new Float64Array(scorer.classCount);
  const tagFeatures = new Int32Array(TAG_FEATURE_COUNT);
  let previous = NO_TAG;
  let previous2 = NO_TAG;
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    scores.fill(0);
    scorer.addScores(
      staticFeatures,
      (i - sentenceStart) * STATIC_FEATURE_COUNT,
      STATIC_FEATURE_COUNT,
      scores,
    );
    writeTagFeatures(info, i, sentenceEnd, previous, previous2, tagFeatures, 0);
    scorer.addScores(tagFeatures, 0, TAG_FEATURE_COUNT, scores);
    const tag = bestAllowed(scores, allowed, previous);
    tagsOut[i] = tag;
    previous2 = previous;
    previous = tag;
  }
}
