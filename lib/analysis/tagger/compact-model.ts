import type { FeatureScorer } from './scorer';
import { SymbolReader } from './symbol-codec';
import { WEIGHTS_FORMAT, type WeightsFile } from './weights-format';

/** Bytes per slot: a 32-bit key, then one signed byte per class, rounded up to a multiple of 4. */
function slotBytes(classCount: number): number {
  return 4 * Math.ceil((4 + classCount) / 4);
}

/**
 * The shipped model in memory: an open-addressing hash table from feature key to its weights, with the
 * weights inside the slot (key, then one signed byte per class: 16 bytes a slot for nine classes). A lookup
 * is a single cache miss and no allocation; lookups dominate tagging time.
 *
 * The table is filled straight from the weights file, without intermediate arrays, and is kept small (about
 * 2 MB for 83k features): fresh memory is expensive to touch on some systems (page faults), and loading
 * happens once per page, before the JIT has warmed up.
 */
export class CompactModel implements FeatureScorer {
  readonly classCount: number;
  readonly tags: readonly string[];
  readonly featureCount: number;
  private readonly hashMask: number;
  private readonly slotMask: number;
  /** Slot size in bytes. */
  private readonly stride: number;
  /** Key view: the key of slot s is at s * stride / 4; -1 marks an empty slot. */
  private readonly keys: Int32Array;
  /** Weight view: the weight of class c in slot s is at s * stride + 4 + c. */
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
    const stride = slotBytes(classCount);
    this.stride = stride;
    const buffer = new ArrayBuffer(size * stride);
    const keys = new Int32Array(buffer);
    const table = new Int8Array(buffer);
    this.keys = keys;
    this.weights = table;
    const keyStride = stride >> 2;
    for (let slot = 0; slot < size; slot++) keys[slot * keyStride] = -1;

    const gaps = new SymbolReader(file.keyGaps);
    const ranks = new SymbolReader(file.maskRanks);
    const values = new SymbolReader(file.values);
    const masks = file.masks;
    let key = 0;
    for (let row = 0; row < featureCount; row++) {
      key += gaps.read();
      let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & slotMask;
      while (keys[slot * keyStride] !== -1) slot = (slot + 1) & slotMask;
      keys[slot * keyStride] = key;
      const mask = masks[ranks.read()];
      if (mask === undefined) throw new Error('Tagger weights are corrupt: unknown class mask');
      const base = slot * stride + 4;
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
    const key = feature & this.hashMask;
    const keyStride = this.stride >> 2;
    let slot = this.slotOf(key);
    for (;;) {
      const found = this.keys[slot * keyStride] as number;
      if (found === key) break;
      if (found === -1) return null;
      slot = (slot + 1) & this.slotMask;
    }
    const base = slot * this.stride + 4;
    return Array.from(this.weights.subarray(base, base + this.classCount));
  }

  addScores(features: Int32Array, offset: number, count: number, scores: Float64Array): void {
    const end = offset + count;
    if (this.classCount !== 9) {
      for (let f = offset; f < end; f++) {
        const weights = this.weightsOf(features[f] as number);
        if (weights === null) continue;
        for (let c = 0; c < this.classCount; c++) scores[c] = (scores[c] as number) + (weights[c] as number);
      }
      return;
    }
    // The shipped tag set has nine classes; summing into locals instead of the array is about twice as fast
    // in this innermost loop.
    const weights = this.weights;
    const keys = this.keys;
    const hashMask = this.hashMask;
    const slotMask = this.slotMask;
    const stride = this.stride;
    const keyStride = stride >> 2;
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
      // The lookup of weightsOf, inlined by hand: this loop runs ~40 times per token.
      const key = (features[f] as number) & hashMask;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & slotMask;
      let found = keys[slot * keyStride] as number;
      while (found !== key && found !== -1) {
        slot = (slot + 1) & slotMask;
        found = keys[slot * keyStride] as number;
      }
      if (found === -1) continue;
      const base = slot * stride + 4;
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

  /** Keys are hash bits already; multiplying spreads them over the table in case the low bits cluster. */
  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 7) & this.slotMask;
  }
}
