import type { FeatureScorer } from './scorer';

/** The averaged weights of a trained perceptron: feature keys and a `classCount` wide row per key. */
export type AveragedWeights = { classCount: number; keys: Int32Array; weights: Float64Array };

/**
 * Multiclass averaged perceptron over hashed features (Collins 2002; the lazy averaging trick from
 * Honnibal's tagger). Feature hashes are reduced to `hashBits` bits, the same reduction the shipped model
 * uses, so what is trained is exactly what is looked up at run time.
 *
 * Averaging: every weight keeps the running sum of its value over all training instances, updated lazily
 * (only when the weight changes) from the instance counter; the final weight is that sum divided by the
 * number of instances. Averaging is what makes the perceptron generalise instead of chasing the last errors.
 */
export class AveragedPerceptron implements FeatureScorer {
  readonly classCount: number;
  private readonly hashMask: number;
  private readonly rows = new Map<number, number>();
  private keys: Int32Array;
  private weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private rowCount = 0;
  private instances = 0;
  private admitted: ReadonlySet<number> | null = null;

  constructor(classCount: number, hashBits: number) {
    if (hashBits < 8 || hashBits > 30) throw new Error('hashBits must be within 8..30');
    this.classCount = classCount;
    this.hashMask = (1 << hashBits) - 1;
    const capacity = 1 << 16;
    this.keys = new Int32Array(capacity);
    this.weights = new Float64Array(capacity * classCount);
    this.totals = new Float64Array(capacity * classCount);
    this.stamps = new Float64Array(capacity * classCount);
  }

  /** The key of a feature hash, as stored (hash reduced to `hashBits` bits). */
  keyOf(feature: number): number {
    return feature & this.hashMask;
  }

  /**
   * Restricts learning to the given keys (e.g. features seen at least twice in the training data). Rare
   * features mostly memorise single examples; leaving them out makes the model smaller and no worse.
   */
  admitOnly(keys: ReadonlySet<number>): void {
    this.admitted = keys;
  }

  get featureCount(): number {
    return this.rowCount;
  }

  addScores(features: Int32Array, offset: number, count: number, scores: Float64Array): void {
    const classCount = this.classCount;
    const weights = this.weights;
    for (let f = offset; f < offset + count; f++) {
      const row = this.rows.get((features[f] as number) & this.hashMask);
      if (row === undefined) continue;
      const base = row * classCount;
      for (let c = 0; c < classCount; c++) scores[c] = (scores[c] as number) + (weights[base + c] as number);
    }
  }

  /** Marks the start of a new training instance (one token); averaging counts instances. */
  nextInstance(): void {
    this.instances++;
  }

  /** Moves the weights of the given features towards `truth` and away from `guess`. */
  update(features: Int32Array, offset: number, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = offset; f < offset + count; f++) {
      const key = (features[f] as number) & this.hashMask;
      if (this.admitted !== null && !this.admitted.has(key)) continue;
      const row = this.rowOf(key);
      this.change(row * this.classCount + truth, 1);
      this.change(row * this.classCount + guess, -1);
    }
  }

  /** The averaged weights, in row order. */
  averaged(): AveragedWeights {
    const classCount = this.classCount;
    const size = this.rowCount * classCount;
    const averaged = new Float64Array(size);
    const instances = Math.max(1, this.instances);
    for (let i = 0; i < size; i++) {
      const total =
        (this.totals[i] as number) +
        (this.instances - (this.stamps[i] as number)) * (this.weights[i] as number);
      averaged[i] = total / instances;
    }
    return { classCount, keys: this.keys.slice(0, this.rowCount), weights: averaged };
  }

  private change(index: number, delta: number): void {
    const elapsed = this.instances - (this.stamps[index] as number);
    this.totals[index] = (this.totals[index] as number) + elapsed * (this.weights[index] as number);
    this.stamps[index] = this.instances;
    this.weights[index] = (this.weights[index] as number) + delta;
  }

  private rowOf(key: number): number {
    const existing = this.rows.get(key);
    if (existing !== undefined) return existing;
    if (this.rowCount === this.keys.length) this.grow();
    const row = this.rowCount++;
    this.keys[row] = key;
    this.rows.set(key, row);
    return row;
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const grown = (old: Float64Array) => {
      const bigger = new Float64Array(capacity * this.classCount);
      bigger.set(old);
      return bigger;
    };
    const keys = new Int32Array(capacity);
    keys.set(this.keys);
    this.keys = keys;
    this.weights = grown(this.weights);
    this.totals = grown(this.totals);
    this.stamps = grown(this.stamps);
  }
}

/**
 * The mean of several models' averaged weights (a feature missing from a model counts as zero there).
 * Averaging perceptrons trained on differently shuffled data smooths out the order-dependence of any
 * single run.
 */
export function meanOfWeights(models: readonly AveragedWeights[]): AveragedWeights {
  const first = models[0];
  if (first === undefined) throw new Error('No models to average');
  const classCount = first.classCount;
  const rows = new Map<number, number>();
  for (const model of models) for (const key of model.keys) if (!rows.has(key)) rows.set(key, rows.size);
  const keys = new Int32Array(rows.size);
  const weights = new Float64Array(rows.size * classCount);
  for (const [key, row] of rows) keys[row] = key;
  for (const model of models) {
    model.keys.forEach((key, source) => {
      const row = rows.get(key) as number;
      for (let c = 0; c < classCount; c++) {
        weights[row * classCount + c] =
          (weights[row * classCount + c] as number) +
          (model.weights[source * classCount + c] as number) / models.length;
      }
    });
  }
  return { classCount, keys, weights };
}
