import { describe, expect, it } from 'vitest';
import {
  cosine,
  TermIds,
  type TermVector,
  termVector,
} from '../../../../../lib/analysis/summary/term-vector';

/** Cosine over string-keyed counts, as summarising once computed it. */
function mapCosine(a: string[], b: string[]): number {
  const count = (words: string[]) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const norm = (counts: Map<string, number>) =>
    Math.sqrt([...counts.values()].reduce((s, c) => s + c * c, 0));
  const [x, y] = [count(a), count(b)];
  let dot = 0;
  for (const [term, c] of x) dot += c * (y.get(term) ?? 0);
  return dot === 0 ? 0 : dot / (norm(x) * norm(y));
}

function randomSentences(count: number, seed: number): string[][] {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 3 + next(25) }, () => `w${next(60)}`));
}

describe('term vectors', () => {
  it('give the cosine of string-keyed counts', () => {
    const sentences = randomSentences(30, 3);
    const ids = new TermIds();
    const vectors = sentences.map((words) => termVector(words.map((word) => ids.idOf(word))));
    for (let a = 0; a < sentences.length; a++)
      for (let b = 0; b < sentences.length; b++)
        expect(cosine(vectors[a] as TermVector, vectors[b] as TermVector)).toBe(
          mapCosine(sentences[a] as string[], sentences[b] as string[]),
        );
  });
});
