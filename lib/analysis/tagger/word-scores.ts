import type { CompactModel } from './compact-model';
import * as features from './features';
import { featureHash as importedFeatureHash } from './hashing';

// Local bindings (module runners may compile imports to property getters; see features.ts).
const featureHash = importedFeatureHash;
const { AFTER_SENTENCE, BEFORE_SENTENCE, NO_CAPITALISATION, createTokenInfo, writeTokenInfo } = features;

/**
 * Rows of summed weights kept per word, `classCount` wide each. Most of the tagger's static features
 * depend on one token's text alone: its own word, shape, affixes and capitalisation (SELF), or the word,
 * shape and suffix of a neighbour (AS_PREVIOUS: what a word adds to the score of the token after it, and so
 * on). Summing those weights once per distinct word, instead of looking up ~27 features per token in the
 * model's tables, is most of the tagger's speed: news repeats its words.
 *
 * Weights are small integers, so the sums are exact whatever the order of addition: tagging with these rows
 * gives the same scores, to the bit, as summing feature by feature (tests/unit/lib/analysis/tagger).
 */
export const SELF = 0;
/** SELF at the first token of a sentence (the "initial" features). */
export const SELF_INITIAL = 1;
export const AS_PREVIOUS = 2;
export const AS_PREVIOUS2 = 3;
export const AS_NEXT = 4;
export const AS_NEXT2 = 5;
/**
 * The features of a tag and a word, for the most frequent previous tag, "O": with the word itself
 * (PREV_TAG_WORD, PREV_TAG_SHAPE) and as the next word (PREV_TAG_NEXT_WORD). Other previous tags are
 * looked up per token.
 */
export const SELF_AFTER_OUTSIDE = 6;
export const AS_NEXT_AFTER_OUTSIDE = 7;
const ROWS = 8;

/** Pseudo-words for the positions beyond a sentence's edges, so that every token has four neighbours. */
export const BEFORE_ID = 0;
export const AFTER_ID = 1;

/** Past this many distinct words the cache starts again, between texts (a long-running process reads unbounded text). */
const WORD_LIMIT = 50_000;

export class WordScores {
  readonly classCount: number;
  /** The index of the tag "O" (outside any entity), -2 when the model has none (NO_TAG is -1). */
  readonly outside: number;
  /** Per word id: the word, shape and capitalisation values of features.ts (for the features of pairs). */
  word = new Int32Array(1024);
  shape = new Int32Array(1024);
  capitalisation = new Int32Array(1024);
  /**
   * Per word id: ROWS rows of summed weights. Each row sums at most 17 signed-byte weights, so 16 bits
   * hold it; small rows keep more of the table in cache.
   */
  rows: Int16Array;
  /**
   * The offset of a row of zeros in `rows`: the edge pseudo-word's own (SELF) row, since it has no
   * features of its own. For sums that take a row in one case and nothing in another.
   */
  readonly zeroRow: number;
  private readonly ids = new Map<string, number>();
  private count = 0;
  private readonly info = createTokenInfo(1);
  private readonly sums: Float64Array;

  constructor(private readonly model: CompactModel) {
    this.classCount = model.classCount;
    const outside = model.tags.indexOf('O');
    this.outside = outside < 0 ? -2 : outside;
    this.rows = new Int16Array(1024 * ROWS * this.classCount);
    this.sums = new Float64Array(ROWS * this.classCount);
    this.zeroRow = rowOffset(BEFORE_ID, SELF, this.classCount);
    this.addEdges();
  }

  /**
   * Starts the cache again when it has grown past its limit. Called before a text's ids are taken, so that
   * the cache never starts again halfway through a text (its first ids would then name other words): it
   * may pass the limit by one text's distinct words. (Reserving a whole text's tokens instead started the
   * cache again on every analysis of a page of 50,000 tokens or more.)
   */
  reserveFor(): void {
    if (this.count <= WORD_LIMIT) return;
    this.ids.clear();
    this.count = 0;
    this.addEdges();
  }

  /** The id of a token text, its rows computed on first sight. */
  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.add(text);
      this.ids.set(text, id);
    }
    return id;
  }

  private addEdges(): void {
    this.addWord(BEFORE_SENTENCE, BEFORE_SENTENCE, BEFORE_SENTENCE, NO_CAPITALISATION);
    this.addWord(AFTER_SENTENCE, AFTER_SENTENCE, AFTER_SENTENCE, NO_CAPITALISATION);
  }

  private add(text: string): number {
    const info = this.info;
    writeTokenInfo(info, 0, text);
    const id = this.addWord(
      info.word[0] as number,
      info.shape[0] as number,
      info.suffixes[2] as number,
      info.capitalisation[0] as number,
    );
    // The word's own features (the edge pseudo-words have none that are ever read).
    const model = this.model;
    const sums = this.sums;
    const classCount = this.classCount;
    const w = info.word[0] as number;
    const c = info.capitalisation[0] as number;
    sums.fill(0, 0, 2 * classCount);
    const self = SELF * classCount;
    model.addWeights(featureHash(features.T_BIAS, 0), sums, self);
    model.addWeights(featureHash(features.T_WORD, w), sums, self);
    model.addWeights(featureHash(features.T_SHAPE, info.shape[0] as number), sums, self);
    model.addWeights(featureHash(features.T_SHAPE_CAPPED, info.shapeCapped[0] as number), sums, self);
    for (let k = 0; k < 4; k++) {
      model.addWeights(featureHash(features.T_PREFIX[k] as number, info.prefixes[k] as number), sums, self);
      model.addWeights(featureHash(features.T_SUFFIX[k] as number, info.suffixes[k] as number), sums, self);
    }
    model.addWeights(featureHash(features.T_CAPITALISATION, c), sums, self);
    model.addWeights(featureHash(features.T_FLAGS, info.flags[0] as number), sums, self);
    model.addWeights(
      featureHash(features.T_LENGTH_CAPITALISATION, info.lengthClass[0] as number, c),
      sums,
      self,
    );
    const initial = SELF_INITIAL * classCount;
    sums.copyWithin(initial, self, self + classCount);
    model.addWeights(featureHash(features.T_INITIAL_CAPITALISATION, 0, c), sums, self);
    model.addWeights(featureHash(features.T_INITIAL_WORD, 0, w), sums, self);
    model.addWeights(featureHash(features.T_INITIAL_CAPITALISATION, 1, c), sums, initial);
    model.addWeights(featureHash(features.T_INITIAL_WORD, 1, w), sums, initial);
    const afterOutside = SELF_AFTER_OUTSIDE * classCount;
    sums.fill(0, afterOutside, afterOutside + classCount);
    model.addWeights(featureHash(features.T_PREV_TAG_WORD, this.outside, w), sums, afterOutside);
    model.addWeights(
      featureHash(features.T_PREV_TAG_SHAPE, this.outside, info.shape[0] as number),
      sums,
      afterOutside,
    );
    const base = id * ROWS * classCount;
    this.rows.set(sums.subarray(0, 2 * classCount), base);
    this.rows.set(sums.subarray(afterOutside, afterOutside + classCount), base + afterOutside);
    return id;
  }

  /** Stores a word's values and its neighbour rows; returns its id. */
  private addWord(w: number, s: number, suffix3: number, capitalisation: number): number {
    const id = this.count++;
    this.reserve(this.count);
    this.word[id] = w;
    this.shape[id] = s;
    this.capitalisation[id] = capitalisation;
    const model = this.model;
    const sums = this.sums;
    const classCount = this.classCount;
    sums.fill(0);
    const previous = AS_PREVIOUS * classCount;
    model.addWeights(featureHash(features.T_PREV_WORD, w), sums, previous);
    model.addWeights(featureHash(features.T_PREV_SHAPE, s), sums, previous);
    model.addWeights(featureHash(features.T_PREV_SUFFIX3, suffix3), sums, previous);
    const previous2 = AS_PREVIOUS2 * classCount;
    model.addWeights(featureHash(features.T_PREV2_WORD, w), sums, previous2);
    model.addWeights(featureHash(features.T_PREV2_SHAPE, s), sums, previous2);
    const next = AS_NEXT * classCount;
    model.addWeights(featureHash(features.T_NEXT_WORD, w), sums, next);
    model.addWeights(featureHash(features.T_NEXT_SHAPE, s), sums, next);
    model.addWeights(featureHash(features.T_NEXT_SUFFIX3, suffix3), sums, next);
    const next2 = AS_NEXT2 * classCount;
    model.addWeights(featureHash(features.T_NEXT2_WORD, w), sums, next2);
    model.addWeights(featureHash(features.T_NEXT2_SHAPE, s), sums, next2);
    const nextAfterOutside = AS_NEXT_AFTER_OUTSIDE * classCount;
    model.addWeights(featureHash(features.T_PREV_TAG_NEXT_WORD, this.outside, w), sums, nextAfterOutside);
    this.rows.set(sums, id * ROWS * classCount);
    return id;
  }

  private reserve(count: number): void {
    if (count <= this.word.length) return;
    const size = this.word.length * 2;
    this.word = grown(this.word, size);
    this.shape = grown(this.shape, size);
    this.capitalisation = grown(this.capitalisation, size);
    const rows = new Int16Array(size * ROWS * this.classCount);
    rows.set(this.rows);
    this.rows = rows;
  }
}

/** Offset of row `row` of word `id` in `WordScores.rows`. */
export function rowOffset(id: number, row: number, classCount: number): number {
  return (id * ROWS + row) * classCount;
}

function grown(values: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(values);
  return copy;
}
