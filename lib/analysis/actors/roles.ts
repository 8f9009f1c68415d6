import type { Token } from '../tokenize';
import { CLAUSE_OPENERS, ROLE_MODIFIERS, TITLE_CONNECTORS, TITLE_HEADS } from './role-words';
import { isCapitalised, isPossessiveMark } from './token-lookup';

/** A token range of the text: [first, end). */
export interface TokenRange {
  first: number;
  end: number;
}

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.']);
const ARTICLES = new Set(['a', 'an', 'the']);
const APPOSITIVE_END = new Set([',', '—', '–', ';', '.', '(', ')', '"', '“', '”', ':', '?', '!']);
const DASHES = new Set(['—', '–', ':']);
const MAX_APPOSITIVE_TOKENS = 20;
const MAX_LEADING_APPOSITIVE_TOKENS = 8;

/**
 * The role the article gives a person at one mention, from the words around the name:
 * a title before it ("US Special Envoy for Hostage Affairs Adam Boehler"), a description set off
 * before it ("the last living American hostage — Edan Alexander") or after it ("Edan Alexander,
 * a dual US-Israel national who …"). Joined with "; " when the article gives several.
 */
export function roleAt(
  text: string,
  tokens: readonly Token[],
  name: TokenRange,
  sentence: TokenRange,
): string | undefined {
  const parts = [
    titleBefore(text, tokens, name.first, sentence.first),
    descriptionBefore(text, tokens, name.first, sentence.first),
    descriptionAfter(text, tokens, name.end, sentence.end),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** "Israeli Prime Minister" in "Israeli Prime Minister Benjamin Netanyahu". */
export function titleBefore(
  text: string,
  tokens: readonly Token[],
  nameStart: number,
  sentenceStart: number,
): string | undefined {
  let first = nameStart;
  for (let index = nameStart - 1; index >= sentenceStart; index -= 1) {
    const word = (tokens[index] as Token).text;
    const lower = word.toLowerCase();
    const partOfTitle = isCapitalised(word)
      ? !CLAUSE_OPENERS.has(lower)
      : TITLE_CONNECTORS.has(lower) ||
        ROLE_MODIFIERS.has(lower) ||
        TITLE_HEADS.has(lower) ||
        (isPossessiveMark(word) && isCapitalised(tokens[index - 1]?.text ?? ''));
    if (!partOfTitle) break;
    first = index;
  }
  // A title opens with a word of its own, not with "of", "the" or a possessive mark.
  while (
    first < nameStart &&
    !isCapitalised(tokens[first]?.text ?? '') &&
    !ROLE_MODIFIERS.has(lowerAt(tokens, first))
  ) {
    first += 1;
  }
  while (first < nameStart && HONORIFICS.has(lowerAt(tokens, first))) first += 1;
  let last = nameStart - 1;
  while (last >= first && HONORIFICS.has(lowerAt(tokens, last))) last -= 1;
  if (last < first) return undefined;
  const words = tokens.slice(first, last + 1).map((token) => token.text.toLowerCase());
  if (!words.some((word) => TITLE_HEADS.has(word) && !HONORIFICS.has(word))) return undefined;
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

/** "last living American hostage" in "the last living American hostage — Edan Alexander". */
function descriptionBefore(
  text: string,
  tokens: readonly Token[],
  nameStart: number,
  sentenceStart: number,
): string | undefined {
  const dash = nameStart - 1;
  if (dash <= sentenceStart || !DASHES.has(tokens[dash]?.text ?? '')) return undefined;
  for (
    let index = dash - 1;
    index >= Math.max(sentenceStart, dash - MAX_LEADING_APPOSITIVE_TOKENS);
    index -= 1
  ) {
    const word = lowerAt(tokens, index);
    if (APPOSITIVE_END.has(word)) return undefined;
    if (ARTICLES.has(word)) {
      return index + 1 < dash
        ? text.slice((tokens[index + 1] as Token).start, (tokens[dash - 1] as Token).end)
        : undefined;
    }
  }
  return undefined;
}

/** "dual US-Israel national who served in the Israeli military" in "Edan Alexander, a dual …". */
function descriptionAfter(
  text: string,
  tokens: readonly Token[],
  nameEnd: number,
  sentenceEnd: number,
): string | undefined {
  if (tokens[nameEnd]?.text !== ',') return undefined;
  const opener = lowerAt(tokens, nameEnd + 1);
  const startsAsRole = ARTICLES.has(opener) || TITLE_HEADS.has(opener) || ROLE_MODIFIERS.has(opener);
  if (!startsAsRole) return undefined;
  const first = ARTICLES.has(opener) ? nameEnd + 2 : nameEnd + 1;
  let last = first - 1;
  for (let index = first; index < Math.min(sentenceEnd, first + MAX_APPOSITIVE_TOKENS); index += 1) {
    if (APPOSITIVE_END.has(lowerAt(tokens, index))) break;
    last = index;
  }
  const closed = APPOSITIVE_END.has(lowerAt(tokens, last + 1)) || last + 1 >= sentenceEnd;
  if (last < first || !closed) return undefined;
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

function lowerAt(tokens: readonly Token[], index: number): string {
  return (tokens[index]?.text ?? '').toLowerCase();
}
