import type { TermVector } from './term-vector';

/**
 * Each sentence's summed cosine similarity to all the others (how central it is to the article).
 *
 * Most pairs of sentences share no content word, so the dot products go through an inverted index (term →
 * the sentences that have it) and only pairs that share a term are ever multiplied. Each sum adds the
 * similarities in the order of the other sentence's index, as the plain loop over all pairs does; pairs
 * that share nothing add 0, which changes no sum. So the result is the same to the bit, in a fraction of
 * the time on long articles.
 */
export function centralities(vectors: readonly TermVector[], termCount: number): number[] {
  const postings = invertedIndex(vectors, termCount);
  const n = vectors.length;
  const dots = new Float64Array(n);
  const result: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const vector = vectors[k] as TermVector;
    for (let i = 0; i < vector.ids.length; i++) {
      const term = vector.ids[i] as number;
      const count = vector.counts[i] as number;
      for (let p = postings.start[term] as number; p < (postings.start[term + 1] as number); p++) {
        const other = postings.vector[p] as number;
        if (other !== k) dots[other] = (dots[other] as number) + count * (postings.count[p] as number);
      }
    }
    let sum = 0;
    for (let other = 0; other < n; other++) {
      const dot = dots[other] as number;
      if (dot === 0) continue;
      dots[other] = 0;
      // Floating-point multiplication is commutative: this is the pair's cosine whichever comes first.
      sum += dot / (vector.norm * (vectors[other] as TermVector).norm);
    }
    result[k] = sum;
  }
  return result;
}

/** For each term id, the vectors that have it (ascending) and its count there, packed in three arrays. */
function invertedIndex(
  vectors: readonly TermVector[],
  termCount: number,
): { start: Int32Array; vector: Int32Array; count: Int32Array } {
  const start = new Int32Array(termCount + 1);
  for (const { ids } of vectors) for (const id of ids) start[id + 1] = (start[id + 1] as number) + 1;
  for (let term = 0; term < termCount; term++)
    start[term + 1] = (start[term + 1] as number) + (start[term] as number);
  const fill = start.slice(0, termCount);
  const vector = new Int32Array(start[termCount] as number);
  const count = new Int32Array(vector.length);
  vectors.forEach(({ ids, counts }, index) => {
    for (let i = 0; i < ids.length; i++) {
      const at = fill[ids[i] as number] as number;
      fill[ids[i] as number] = at + 1;
      vector[at] = index;
      count[at] = counts[i] as number;
    }
  });
  return { start, vector, count };
}
