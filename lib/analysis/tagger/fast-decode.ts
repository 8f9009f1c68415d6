import type { CompactModel } from './compact-model';
import { CAPITALISATION_VALUES, type ContextScores } from './context-scores';
import { bestAllowed as importedBestAllowed } from './decode';
import * as features from './features';
import { featureHash as importedFeatureHash } from './hashing';
import * as wordScores from './word-scores';

// Local bindings for the per-token loop (module runners may compile imports to property getters).
const bestAllowed = importedBestAllowed;
const featureHash = importedFeatureHash;
const { NO_TAG, T_PREV_TAG_NEXT_WORD, T_PREV_TAG_SHAPE, T_PREV_TAG_WORD } = features;
const { T_PREV_WORD_SHAPE, T_PREV_WORD_WORD, T_SHAPE_NEXT_WORD, T_SHAPE_TRIGRAM, T_WORD_NEXT_WORD } =
  features;
const { AS_NEXT, AS_NEXT2, AS_PREVIOUS, AS_PREVIOUS2, SELF, SELF_INITIAL, rowOffset } = wordScores;
const { AS_NEXT_AFTER_OUTSIDE, SELF_AFTER_OUTSIDE } = wordScores;

/**
 * Greedy decoding as in decode.ts, with the same features and so the same tags, but scored from cached
 * sums: the rows of each word and of its neighbours (word-scores.ts), the fixed-set rows (context-scores.ts),
 * and model lookups only for the features of pairs of words, and of a tag other than "O" with a word (5 to 8
 * per token, not 38).
 *
 * `window` holds the word ids of the sentence with two edge pseudo-words on either side: the token at
 * sentence position j is window[j + 2].
 */
export function decodeWithCachedScores(
  model: CompactModel,
  words: wordScores.WordScores,
  context: ContextScores,
  window: Int32Array,
  length: number,
  allowed: Uint8Array,
  scores: Float64Array,
  tagsOut: Int32Array,
  outOffset: number,
): void {
  const classCount = words.classCount;
  const rows = words.rows;
  const word = words.word;
  const shape = words.shape;
  const capitalisation = words.capitalisation;
  const trigram = context.capitalisationTrigram;
  const previousTags = context.previousTags;
  const tagRows = classCount + 1;
  const outside = words.outside;
  const weights = model.weights;
  const absent = model.absentOffset;
  const zeroRow = words.zeroRow;
  let previous = NO_TAG;
  let previous2 = NO_TAG;
  for (let j = 0; j < length; j++) {
    const before2 = window[j] as number;
    const before = window[j + 1] as number;
    const self = window[j + 2] as number;
    const after = window[j + 3] as number;
    const after2 = window[j + 4] as number;
    const ownRow = rowOffset(self, j === 0 ? SELF_INITIAL : SELF, classCount);
    const beforeRow = rowOffset(before, AS_PREVIOUS, classCount);
    const before2Row = rowOffset(before2, AS_PREVIOUS2, classCount);
    const afterRow = rowOffset(after, AS_NEXT, classCount);
    const after2Row = rowOffset(after2, AS_NEXT2, classCount);
    const trigramRow =
      (((capitalisation[before] as number) * CAPITALISATION_VALUES + (capitalisation[self] as number)) *
        CAPITALISATION_VALUES +
        (capitalisation[after] as number)) *
      classCount;
    const tagRow = ((previous + 1) * tagRows + previous2 + 1) * classCount;
    const w = word[self] as number;
    const s = shape[self] as number;
    const previousWord = word[before] as number;
    const nextWord = word[after] as number;
    // The features of pairs, by where their weights start (a row of zeros when the model lacks one).
    const wordPair = model.weightOffset(featureHash(T_PREV_WORD_WORD, previousWord, w));
    const nextWordPair = model.weightOffset(featureHash(T_WORD_NEXT_WORD, w, nextWord));
    const shapes = model.weightOffset(
      featureHash(T_SHAPE_TRIGRAM, shape[before] as number, s, shape[after] as number),
    );
    const wordShape = model.weightOffset(featureHash(T_PREV_WORD_SHAPE, previousWord, s));
    const shapeWord = model.weightOffset(featureHash(T_SHAPE_NEXT_WORD, s, nextWord));
    // The features of the previous tag with this word: cached rows after "O", lookups after others.
    let tagWordRow = zeroRow;
    let tagNextWordRow = zeroRow;
    let tagWord = absent;
    let tagShape = absent;
    let tagNextWord = absent;
    if (previous === outside) {
      tagWordRow = rowOffset(self, SELF_AFTER_OUTSIDE, classCount);
      tagNextWordRow = rowOffset(after, AS_NEXT_AFTER_OUTSIDE, classCount);
    } else {
      tagWord = model.weightOffset(featureHash(T_PREV_TAG_WORD, previous, w));
      tagShape = model.weightOffset(featureHash(T_PREV_TAG_SHAPE, previous, s));
      tagNextWord = model.weightOffset(featureHash(T_PREV_TAG_NEXT_WORD, previous, nextWord));
    }
    // One pass over the classes: every row summed at once (each sum is of small integers, so exact in
    // any order).
    for (let c = 0; c < classCount; c++) {
      scores[c] =
        (rows[ownRow + c] as number) +
        (rows[beforeRow + c] as number) +
        (rows[before2Row + c] as number) +
        (rows[afterRow + c] as number) +
        (rows[after2Row + c] as number) +
        (trigram[trigramRow + c] as number) +
        (previousTags[tagRow + c] as number) +
        (weights[wordPair + c] as number) +
        (weights[nextWordPair + c] as number) +
        (weights[shapes + c] as number) +
        (weights[wordShape + c] as number) +
        (weights[shapeWord + c] as number) +
        (rows[tagWordRow + c] as number) +
        (rows[tagNextWordRow + c] as number) +
        (weights[tagWord + c] as number) +
        (weights[tagShape + c] as number) +
        (weights[tagNextWord + c] as number);
    }
    const tag = bestAllowed(scores, allowed, previous);
    tagsOut[outOffset + j] = tag;
    previous2 = previous;
    previous = tag;
  }
}
