import type { Actor } from '../analysis';
import type { Token } from '../tokenize';
import type { TokenizedText } from './find-actors';
import { isCapitalised, lowerCaseWords, sentenceOf, tokenIndexAt } from './token-lookup';

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
  const writtenInLowerCase = (word: string) => lowerCaseWords(tokens).has(word.toLowerCase());
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
      isTitleCase(lineTokens) &&
      lineTokens.some(
        (token) => outside(token, mention) && isCapitalised(token.text) && writtenInLowerCase(token.text),
      )
    );
  };
  return (actor) => actor.mentions.every(inHeading);
}

/** Every word capitalised, but for minor words after the first, and no sentence's end. */
export function isTitleCase(line: readonly Token[]): boolean {
  const last = line[line.length - 1];
  if (!last || SENTENCE_END.test(last.text)) return false;
  const words = line.filter((token) => /^\p{L}/u.test(token.text));
  return (
    words.length >= 2 &&
    words.every((word, index) => isCapitalised(word.text) || (index > 0 && MINOR_WORDS.has(word.text)))
  );
}

function outside(token: Token, span: { start: number; end: number }): boolean {
  return token.end <= span.start || token.start >= span.end;
}
