import type { AveragedWeights } from './perceptron';
import { SymbolWriter } from './symbol-codec';

/**
 * The compact weights asset (weights.json).
 *
 * Averaged weights are quantised to integers (weight / step, rounded); the weights that round to zero are
 * dropped, and so are features left with no weight at all. That is both the pruning and the quantisation:
 * `step` trades size for accuracy. Tagging only compares scores, so the integers are used as they are.
 *
 * Three streams of small integers, as printable text (see symbol-codec.ts) so that the file is plain JSON a
 * bundler can inline through a static import:
 * - keyGaps: the feature keys (hashes reduced to `hashBits` bits) in ascending order, as gaps;
 * - maskRanks: per feature, which classes have a non-zero weight, as an index into `masks` (the distinct
 *   class bitmasks, most frequent first, so that common patterns get short codes);
 * - values: those weights, zigzag-coded, feature by feature and class by class.
 * The tag names are stored once, in the order of the weight columns. Weights must fit in a signed byte
 * (the in-memory table stores them so, see compact-model.ts, which also decodes this format).
 */
export const WEIGHTS_FORMAT = 'ahram-lens-tagger/2';

export type WeightsFile = {
  format: string;
  tags: string[];
  hashBits: number;
  quantisationStep: number;
  featureCount: number;
  masks: number[];
  keyGaps: string;
  maskRanks: string;
  values: string;
};

export function encodeWeights(
  averaged: AveragedWeights,
  tags: readonly string[],
  hashBits: number,
  quantisationStep: number,
): WeightsFile {
  const classCount = averaged.classCount;
  if (classCount !== tags.length) throw new Error('Weights and tag set disagree on the number of classes');
  if (classCount > 30) throw new Error('Class masks hold at most 30 classes');
  const rows: { key: number; mask: number; values: number[] }[] = [];
  for (let row = 0; row < averaged.keys.length; row++) {
    let mask = 0;
    const values: number[] = [];
    for (let c = 0; c < classCount; c++) {
      const q = Math.round((averaged.weights[row * classCount + c] as number) / quantisationStep);
      if (q === 0) continue;
      if (q < -128 || q > 127) throw new Error(`Weight ${q} does not fit in a byte; use a larger step`);
      mask |= 1 << c;
      values.push(q);
    }
    const key = averaged.keys[row] as number;
    if (key < 0) throw new Error('Feature keys must be non-negative (masked hashes)');
    if (mask !== 0) rows.push({ key, mask, values });
  }
  rows.sort((a, b) => a.key - b.key);
  const maskFrequency = new Map<number, number>();
  for (const { mask } of rows) maskFrequency.set(mask, (maskFrequency.get(mask) ?? 0) + 1);
  const masks = [...maskFrequency].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([mask]) => mask);
  const maskRank = new Map(masks.map((mask, rank) => [mask, rank]));
  const keyGaps = new SymbolWriter();
  const maskRanks = new SymbolWriter();
  const values = new SymbolWriter();
  let previousKey = 0;
  for (const row of rows) {
    keyGaps.write(row.key - previousKey);
    previousKey = row.key;
    maskRanks.write(maskRank.get(row.mask) as number);
    for (const value of row.values) values.writeSigned(value);
  }
  return {
    format: WEIGHTS_FORMAT,
    tags: [...tags],
    hashBits,
    quantisationStep,
    featureCount: rows.length,
    masks,
    keyGaps: keyGaps.toString(),
    maskRanks: maskRanks.toString(),
    values: values.toString(),
  };
}
