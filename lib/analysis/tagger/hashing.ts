/**
 * Integer hashing for features. Features are never built as strings: each token's word, shape and affixes
 * are hashed once with FNV-1a over char codes, and a feature is a cheap mix of its template id with those
 * hashes. This keeps tagging allocation-free and fast (no string concatenation or string-keyed lookups).
 * The mixing only has to spread keys well enough over the 2^hashBits buckets the model uses.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: folds a char code (or any small integer) into a running hash. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash of a feature: its template id combined with up to three value hashes. */
export function featureHash(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(((template + 1) * 0x3c6ef372) ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
