/** Something that turns feature hashes into per-class scores: the model being trained, or the shipped one. */
export interface FeatureScorer {
  readonly classCount: number;
  /** Adds the weights of features `features[offset .. offset + count)` to `scores` (one entry per class). */
  addScores(features: Int32Array, offset: number, count: number, scores: Float64Array): void;
}
