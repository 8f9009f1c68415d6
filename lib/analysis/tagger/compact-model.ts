import type { FeatureScorer } from './scorer';
import { SymbolReader } from './symbol-codec';
import { WEIGHTS_FORMAT, type WeightsFile } from './weights-format';

/**
 * The shipped model in memory: an open-addressing hash table from feature key to its weights (one signed
 * byte per class). Keys and weights are kept in two arrays: probing reads only the keys, 4 bytes a slot, so
 * a probe run, most often for a feature the model does not have, stays within one cache line; the
 * weights are read once the key is found. Lookups are no allocation and dominate tagging time.
 *
 * The table is filled straight from the weights file, without intermediate arrays, and is kept small (about
 * 1.7 MB for 83k features): fresh memory is expensive to touch on some systems (page faults), and loading
 * happens once per page, before the JIT has warmed up.
 */
export class CompactModel implements FeatureScorer {
  readonly classCount: number;
  readonly tags: readonly string[];
  readonly featureCount: number;
  private readonly hashMask: number;
  private readonly slotMask: number;
  /** The key of each slot; -1 marks an empty slot. */
  private readonly keys: Int32Array;
  /** The weight of class c in slot s is at s * classCount + c. */
  private readonly weights: Int8Array;

  constructor(file: WeightsFile) {
    if (file.format !== WEIGHTS_FORMAT) throw new Error(`Unsupported tagger weights format ${file.format}`);
    const classCount = file.tags.length;
    this.tags = [...file.tags];
    this.classCount = classCount;
    const featureCount = file.featureCount;
    this.featureCount = featureCount;
    this.hashMask = (1 << file.hashBits) - 1;
    // At most ~70% full: probe runs stay short, and the table small.
    let size = 1024;
    while (size * 0.7 < featureCount) size *= 2;
    const slotMask = size - 1;
    this.slotMask = slotMask;
    const keys = new Int32Array(size).fill(-1);
    const table = new Int8Array(size * classCount);
    this.keys = keys;
    this.weights = table;

    const gaps = new SymbolReader(file.keyGaps);
    const ranks = new SymbolReader(file.maskRanks);
    const values = new SymbolReader(file.values);
    const masks = file.masks;
    let key = 0;
    for (let row = 0; row < featureCount; row++) {
      key += gaps.read();
      let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & slotMask;
      while (keys[slot] !== -1) slot = (slot + 1) & slotMask;
      keys[slot] = key;
      const mask = masks[ranks.read()];
      if (mask === undefined) throw new Error('Tagger weights are corrupt: unknown class mask');
      const base = slot * classCount;
      for (let c = 0; c < classCount; c++) {
        if (((mask >> c) & 1) === 0) continue;
        const value = values.readSigned();
        if (value < -128 || value > 127) throw new Error('Tagger weights are corrupt: weight out of range');
        table[base + c] = value;
      }
    }
    if (!gaps.done || !ranks.done || !values.done)
      throw new Error('Tagger weights are corrupt: trailing data');
  }

  /** The weights of one feature (one per class), or null when the model does not have it. */
  weightsOf(feature: number): number[] | null {
    const slot = this.slotOf(feature);
    if (slot < 0) return null;
    const base = slot * this.classCount;
    return Array.from(this.weights.subarray(base, base + this.classCount));
  }

  /**
   * Adds the weights of one feature to `scores[offset .. offset + classCount)`; a feature the model does not
   * have adds nothing. For the tagger's cached and per-token lookups (word-scores.ts, fast-decode.ts).
   */
  addWeights(feature: number, scores: Float64Array, offset: number): void {
    const slot = this.slotOf(feature);
    if (slot < 0) return;
    const weights = this.weights;
    const classCount = this.classCount;
    const base = slot * classCount;
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
      const slot = this.slotOf(features[f] as number);
      if (slot < 0) continue;
      const base = slot * 9;
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

  /**
   * The slot holding a feature, or -1. Keys are hash bits already; multiplying spreads them over the table
   * in case the low bits cluster.
   */
  private slotOf(feature: number): number {
    const key = feature & this.hashMask;
    const keys = this.keys;
    const slotMask = this.slotMask;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & slotMask;
    for (;;) {
      const found = keys[slot] as number;
      if (found === key) return slot;
      if (found === -1) return -1;
      slot = (slot + 1) & slotMask;
    }
  }
}
