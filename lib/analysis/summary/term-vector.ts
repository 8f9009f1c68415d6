/**
 * A sentence's content words as a sparse count vector. Terms are interned to integer ids once per article,
 * and a vector keeps its ids in ascending order, so the cosine of two sentences is one merge of two short
 * integer arrays: summarising compares every pair of sentences, and string-keyed maps made that the
 * costly part.
 */
export interface TermVector {
  /** Term ids, ascending, each once. */
  ids: Int32Array;
  /** How often each term of `ids` occurs. */
  counts: Int32Array;
  /** Euclidean norm of the counts. */
  norm: number;
}

/** Integer ids for the terms of one article. */
export class TermIds {
  private readonly ids = new Map<string, number>();

  /** How many distinct terms have an id. */
  get size(): number {
    return this.ids.size;
  }

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}

/** The vector of a list of term ids (with repeats). */
export function termVector(termIds: readonly number[]): TermVector {
  const sorted = Int32Array.from(termIds).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) ids[++at] = sorted[i] as number;
    counts[at] = (counts[at] as number) + 1;
  }
  // Counts are integers, so the sum of squares is exact in any order.
  let sum = 0;
  for (const count of counts) sum += count * count;
  return { ids, counts, norm: Math.sqrt(sum) };
}

export function cosine(a: TermVector, b: TermVector): number {
  const aIds = a.ids;
  const bIds = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i] as number;
    const y = bIds[j] as number;
    if (x === y) {
      dot += (a.counts[i] as number) * (b.counts[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot === 0 ? 0 : dot / (a.norm * b.norm);
}
