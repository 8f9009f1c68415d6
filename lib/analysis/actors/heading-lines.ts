import type { Actor } from '../analysis';
import type { Token } from '../tokenize';
import type { TokenizedText } from './find-actors';
import { isCapitalised, isCapitalisedOnlyHere, sentenceOf, tokenIndexAt } from './token-lookup';

/** A heading is short: "PANDORA'S BOX", "The Birth of Chaos", "Flight Checks". */
const MAX_HEADING_TOKENS = 8;
/** Words a title-case heading leaves in lower case. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'nor',
  'but',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'over',
  'up',
  'vs',
]);
/** A line that ends like a sentence, a label or a quotation is no heading. */
const SENTENCE_END = /^[.!?:;,"”’)]$/;

/**
 * Whether an actor the knowledge base does not know is met only in headings, where capitals say
 * nothing of names: lines written in capitals ("PANDORA'S BOX", "FACT BOX"), and title-case lines
 * ("The Birth of Chaos", "Flight Checks", "Vidyard Launches New Tools"). Such a name is a heading's
 * words, not an actor. A title-case line is told from a line that is one name ("Palmerston North",
 * a byline "Jamie Zawinski") by a capitalised word outside the name that the article writes in lower
 * case elsewhere ("birth", "flight"). Acronyms in ordinary sentences stay.
 */
export function headingOnlyTest({ text, tokens, sentences }: TokenizedText): (actor: Actor) => boolean {
  const inHeading = (mention: { start: number; end: number }): boolean => {
    const line = sentenceOf(sentences, tokenIndexAt(tokens, mention.start));
    if (!line || line.tokenEnd - line.tokenStart > MAX_HEADING_TOKENS) return false;
    const lineTokens = tokens.slice(line.tokenStart, line.tokenEnd);
    const words = text.slice(
      (lineTokens[0] as Token).start,
      (lineTokens[lineTokens.length - 1] as Token).end,
    );
    if (!/\p{Ll}/u.test(words)) return /\p{Lu}.*\p{Lu}/u.test(words);
    return (
      isTitleCase(tokens, line.tokenStart, line.tokenEnd) &&
      lineTokens.some((token) => outside(token, mention) && isCapitalisedOnlyHere(tokens, token.text))
    );
  };
  return (actor) => actor.mentions.every(inHeading);
}

/**
 * Whether tokens [from, end) are in title case: every word capitalised, but for minor words after the
 * first, and no sentence's end. Called for every quotation of an article (quoted-titles.ts), most of
 * them sentences: no arrays are made, and the first word in lower case decides.
 */
export function isTitleCase(tokens: readonly Token[], from: number, end: number): boolean {
  const last = tokens[end - 1];
  if (!last || end <= from || SENTENCE_END.test(last.text)) return false;
  let words = 0;
  for (let index = from; index < end; index++) {
    const word = (tokens[index] as Token).text;
    if (!STARTS_WITH_LETTER.test(word)) continue;
    if (!isCapitalised(word) && (words === 0 || !MINOR_WORDS.has(word))) return false;
    words++;
  }
  return words >= 2;
}

const STARTS_WITH_LETTER = /^\p{L}/u;

function outside(token: Token, span: { start: number; end: number }): boolean {
  return token.end <= span.start || token.start >= span.end;
}
