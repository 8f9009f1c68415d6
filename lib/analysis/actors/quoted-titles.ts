import { spanHolding } from '../../util/span-holding';
import type { Token } from '../tokenize';
import { isTitleCase } from './heading-lines';
import type { TaggedEntity } from './merge-mentions';
import { isCapitalisedOnlyHere } from './token-lookup';

type Span = { start: number; end: number };

/** A quoted title is short: "OKCupid Publicly Rips Mozilla", "Where Did Firefox Come From?". */
const MAX_TITLE_TOKENS = 16;
/** What may end a title inside its quotes ("… Come From?"). */
const TITLE_END = /^[.!?:,'’]$/;

/**
 * Titles quoted in running text, as reference lists cite articles ("OKCupid Publicly Rips Mozilla:
 * 'We Wish Them Nothing But Failure'", "Brendan Eich Steps Down as Mozilla CEO"), are written in
 * title case, where capitals say nothing of names: the tagger reads "Rips Mozilla" as a person, and
 * every later "Mozilla" then joins that person. A name found only inside such titles is no name;
 * one the article writes elsewhere ("Mozilla") stays. A quoted title is told from a quoted name
 * ("Yellow Submarine") by a capitalised word the article writes in lower case elsewhere, as
 * title-case headings are (heading-lines.ts).
 */
export function withoutQuotedTitleNames(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const titles = quotedTitles(text, tokens);
  if (titles.length === 0) return [...entities];
  const inTitle = (span: Span) => spanHolding(titles, span) !== undefined;
  return entities.filter((entity) => {
    if (!inTitle(entity)) return true;
    const surface = text.slice(entity.start, entity.end);
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1))
      if (!inTitle({ start: at, end: at + surface.length })) return true;
    return false;
  });
}

/** The spans of the title-case titles between quotes. */
function quotedTitles(text: string, tokens: readonly Token[]): Span[] {
  const titles: Span[] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (!opensQuote(text, tokens[open] as Token)) continue;
    let close = open + 1;
    while (
      close < tokens.length &&
      close - open <= MAX_TITLE_TOKENS &&
      !closesQuote(text, tokens[close] as Token)
    )
      close++;
    if (close >= tokens.length || !closesQuote(text, tokens[close] as Token)) continue;
    let end = close;
    while (end > open + 1 && TITLE_END.test((tokens[end - 1] as Token).text)) end--;
    if (!isTitleCase(tokens, open + 1, end) || !hasWordCapitalisedOnlyHere(tokens, open + 1, end)) continue;
    titles.push({ start: (tokens[open + 1] as Token).start, end: (tokens[end - 1] as Token).end });
    open = close;
  }
  return titles;
}

/** Whether a word of tokens [from, end) is capitalised only where it stands (token-lookup.ts). */
function hasWordCapitalisedOnlyHere(tokens: readonly Token[], from: number, end: number): boolean {
  for (let index = from; index < end; index++)
    if (isCapitalisedOnlyHere(tokens, (tokens[index] as Token).text)) return true;
  return false;
}

/**
 * A quote mark that opens a quotation: a curly one, or a straight one with a space (or the start
 * of the text, or a bracket) before it and none after. A straight quote that closes one title
 * must not open a "title" running to the next ('", RFC 3987, … Jones, M, "').
 */
function opensQuote(text: string, token: Token): boolean {
  if (token.text === '“') return true;
  if (token.text !== '"') return false;
  const before = text[token.start - 1];
  return (before === undefined || /[\s([]/.test(before)) && !/\s/.test(text[token.end] ?? ' ');
}

/** A quote mark that closes a quotation: a curly one, or a straight one right after a word or a mark. */
function closesQuote(text: string, token: Token): boolean {
  if (token.text === '”') return true;
  return token.text === '"' && !/\s/.test(text[token.start - 1] ?? ' ');
}
