import { lowerBound } from '../../util/lower-bound';
import type { Token } from '../tokenize';

/** Index of the first token that ends after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, (token) => token.end <= offset);
}

export function isCapitalised(word: string): boolean {
  const first = word.match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}

const POSSESSIVE = /^['’]s?$/;

export function isPossessiveMark(word: string): boolean {
  return POSSESSIVE.test(word);
}
