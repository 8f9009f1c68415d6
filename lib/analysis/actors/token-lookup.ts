import { lowerBound } from '../../util/lower-bound';
import type { Sentence, Token } from '../tokenize';

/** Index of the first token that ends after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, (token) => token.end <= offset);
}

export function isCapitalised(word: string): boolean {
  // Most words start with an ASCII letter: that letter decides, without a Unicode search.
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return false;
  const first = word.match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}

/**
 * Whether token `index` follows the one before it after exactly one space: the words of one name,
 * not words across punctuation or a line break.
 */
export function spaceBefore(text: string, tokens: readonly Token[], index: number): boolean {
  if (index <= 0) return false;
  const gapStart = (tokens[index - 1] as Token).end;
  return (tokens[index] as Token).start === gapStart + 1 && text.charCodeAt(gapStart) === 32;
}

const POSSESSIVE = /^['’]s?$/;

export function isPossessiveMark(word: string): boolean {
  return POSSESSIVE.test(word);
}

/** The index of the one token a span covers, or undefined when it covers several ("Shinui", not "Plaid Cymru"). */
export function singleTokenOf(
  tokens: readonly Token[],
  span: { start: number; end: number },
): number | undefined {
  const first = tokenIndexAt(tokens, span.start);
  return tokenIndexAt(tokens, span.end - 1) === first ? first : undefined;
}

/** The sentence holding token `index`. */
export function sentenceOf(sentences: readonly Sentence[], index: number): Sentence | undefined {
  const sentence = sentences[lowerBound(sentences, (candidate) => candidate.tokenEnd <= index)];
  return sentence && sentence.tokenStart <= index ? sentence : undefined;
}

const lowerCaseWordsOf = new WeakMap<readonly Token[], ReadonlySet<string>>();

/**
 * The words an article writes in lower case somewhere ("shares", "flight"): what tells a capital
 * that only opens a sentence or a heading from a name's. Built once per article's tokens.
 */
export function lowerCaseWords(tokens: readonly Token[]): ReadonlySet<string> {
  let words = lowerCaseWordsOf.get(tokens);
  if (words === undefined) {
    const found = new Set<string>();
    for (const token of tokens) if (startsInLowerCase(token.text)) found.add(token.text);
    words = found;
    lowerCaseWordsOf.set(tokens, words);
  }
  return words;
}

/**
 * Whether a word is capitalised here but written in lower case elsewhere in the article ("Birth"
 * beside "birth"): its capital comes from where it stands (a heading, a title), not from a name.
 */
export function isCapitalisedOnlyHere(tokens: readonly Token[], word: string): boolean {
  return isCapitalised(word) && lowerCaseWords(tokens).has(word.toLowerCase());
}

/** Whether a word starts with a lower-case letter: ASCII decides without a Unicode search. */
function startsInLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER_CASE_START.test(word);
}

const LOWER_CASE_START = /^\p{Ll}/u;
