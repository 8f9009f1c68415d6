import type { FeatureScorer } from './scorer';
import { SymbolReader } from './symbol-codec';
import { WEIGHTS_FORMAT, type WeightsFile } from './weights-format';

/** Past this many hash bits the membership index (2^hashBits bits) would outgrow the weights it indexes. */
const MAX_HASH_BITS = 24;

/**
 * The shipped model in memory. Feature keys are `hashBits`-bit hashes, so the set of keys the model has is
 * kept as a bitmap over all 2^hashBits of them (512 KB at 22 bits), with each 32-bit word of the bitmap
 * stored beside the number of keys before it. A lookup reads that one pair: a key whose bit is clear is a
 * feature the model does not have (most lookups of pairs of words are), and a set bit's rank among the
 * keys is the row of its weights, stored densely in key order (one signed byte per class). That is one
 * memory access for a missing feature and two for a present one, with no probing, in tables a third
 * smaller than a hash table's: tagging inside a whole analysis is bound by cache misses, not arithmetic.
 *
 * The tables are filled straight from the weights file, whose keys come sorted, without intermediate
 * arrays: fresh memory is expensive to touch on some systems (page faults), and loading happens once per
 * page, before the JIT has warmed up.
 */
export class CompactModel implements FeatureScorer {
  readonly classCount: number;
  readonly tags: readonly string[];
  readonly featureCount: number;
  private readonly hashMask: number;
  /**
   * For bitmap word i: at 2i the bits of keys 32i .. 32i + 31, at 2i + 1 the number of keys below 32i
   * (the row of the word's first key).
   */
  private readonly index: Int32Array;
  /**
   * The weight of class c in row r is at r * classCount + c. One more row, of zeros, after the
   * features' rows: the row of every feature the model does not have (weightOffset).
   */
  readonly weights: Int8Array;
  /** Where the row of zeros starts. */
  readonly absentOffset: number;

  constructor(file: WeightsFile) {
    if (file.format !== WEIGHTS_FORMAT) throw new Error(`Unsupported tagger weights format ${file.format}`);
    if (file.hashBits < 5 || file.hashBits > MAX_HASH_BITS)
      throw new Error(`Unsupported tagger weights: ${file.hashBits} hash bits`);
    const classCount = file.tags.length;
    this.tags = [...file.tags];
    this.classCount = classCount;
    const featureCount = file.featureCount;
    this.featureCount = featureCount;
    this.hashMask = (1 << file.hashBits) - 1;
    const index = new Int32Array(2 << (file.hashBits - 5));
    const table = new Int8Array((featureCount + 1) * classCount);
    this.absentOffset = featureCount * classCount;
    this.index = index;
    this.weights = table;

    const gaps = new SymbolReader(file.keyGaps);
    const ranks = new SymbolReader(file.maskRanks);
    const values = new SymbolReader(file.values);
    const masks = file.masks;
    let key = 0;
    let filledWord = -1;
    for (let row = 0; row < featureCount; row++) {
      const gap = gaps.read();
      key += gap;
      if ((gap === 0 && row > 0) || key > this.hashMask)
        throw new Error('Tagger weights are corrupt: keys out of order');
      const word = key >>> 5;
      // Words without keys before this one start at this row.
      while (filledWord < word) index[2 * ++filledWord + 1] = row;
      index[2 * word] = (index[2 * word] as number) | (1 << (key & 31));
      const mask = masks[ranks.read()];
      if (mask === undefined) throw new Error('Tagger weights are corrupt: unknown class mask');
      const base = row * classCount;
      for (let c = 0; c < classCount; c++) {
        if (((mask >> c) & 1) === 0) continue;
        const value = values.readSigned();
        if (value < -128 || value > 127) throw new Error('Tagger weights are corrupt: weight out of range');
        table[base + c] = value;
      }
    }
    while (filledWord < index.length / 2 - 1) index[2 * ++filledWord + 1] = featureCount;
    if (!gaps.done || !ranks.done || !values.done)
      throw new Error('Tagger weights are corrupt: trailing data');
  }

  /** The weights of one feature (one per class), or null when the model does not have it. */
  weightsOf(feature: number): number[] | null {
    const row = this.rowOf(feature);
    if (row < 0) return null;
    const base = row * this.classCount;
    return Array.from(this.weights.subarray(base, base + this.classCount));
  }

  /**
   * Where a feature's weights start in `weights`; for a feature the model does not have, a row of
   * zeros. Lets the tagger sum a token's features in one pass over the classes, without a branch.
   */
  weightOffset(feature: number): number {
    const row = this.rowOf(feature);
    return row < 0 ? this.absentOffset : row * this.classCount;
  }

  /**
   * Adds the weights of one feature to `scores[offset .. offset + classCount)`; a feature the model does not
   * have adds nothing. For the tagger's cached and per-token lookups (word-scores.ts, fast-decode.ts).
   */
  addWeights(feature: number, scores: Float64Array, offset: number): void {
    const row = this.rowOf(feature);
    if (row < 0) return;
    const weights = this.weights;
    const classCount = this.classCount;
    const base = row * classCount;
    for (let c = 0; c < classCount; c++)
      scores[offset + c] = (scores[offset + c] as number) + (weights[base + c] as number);
  }

  addScores(features: Int32Array, offset: number, count: number, scores: Float64Array): void {
    const end = offset + count;
    if (this.classCount !== 9) {
      for (let f = offset; f < end; f++) this.addWeights(features[f] as number, scores, 0);
      return;
    }
    // The shipped tag set has nine classes; summing into locals instead of the array is about twice as fast
    // in this innermost loop (training scores ~40 features per token through it).
    const weights = this.weights;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    for (let f = offset; f < end; f++) {
      const row = this.rowOf(features[f] as number);
      if (row < 0) continue;
      const base = row * 9;
      s0 += weights[base] as number;
      s1 += weights[base + 1] as number;
      s2 += weights[base + 2] as number;
      s3 += weights[base + 3] as number;
      s4 += weights[base + 4] as number;
      s5 += weights[base + 5] as number;
      s6 += weights[base + 6] as number;
      s7 += weights[base + 7] as number;
      s8 += weights[base + 8] as number;
    }
    scores[0] = (scores[0] as number) + s0;
    scores[1] = (scores[1] as number) + s1;
    scores[2] = (scores[2] as number) + s2;
    scores[3] = (scores[3] as number) + s3;
    scores[4] = (scores[4] as number) + s4;
    scores[5] = (scores[5] as number) + s5;
    scores[6] = (scores[6] as number) + s6;
    scores[7] = (scores[7] as number) + s7;
    scores[8] = (scores[8] as number) + s8;
  }

  /** The row of a feature's weights, or -1 when the model does not have it. */
  private rowOf(feature: number): number {
    const key = feature & this.hashMask;
    const word = (key >>> 5) << 1;
    const index = this.index;
    const bits = index[word] as number;
    const bit = key & 31;
    if (((bits >>> bit) & 1) === 0) return -1;
    return (index[word + 1] as number) + bitCount(bits & ((1 << bit) - 1));
  }
}

/** The number of set bits of a 32-bit integer. */
function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
