import type { Token } from '../tokenize';

/** Index of the first token that ends after `offset` (binary search over tokens in text order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function isCapitalised(word: string): boolean {
  const first = word.match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}

const POSSESSIVE = /^['’]s?$/;

export function isPossessiveMark(word: string): boolean {
  return POSSESSIVE.test(word);
}
