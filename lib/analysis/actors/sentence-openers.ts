import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import type { TaggedEntity } from './merge-mentions';
import { lowerCaseWords, tokenIndexAt } from './token-lookup';

/** What may stand right before the first word of a sentence or a quotation. */
const OPENING = /(^|[.!?:;“"‘(]\s*|\n\s*)$/;
/** How much text before a word is looked at to tell whether it opens a sentence. */
const LOOK_BACK = 3;

/**
 * A capitalised word that opens a sentence or a quotation is capitalised for that reason alone when
 * the article also writes it in lower case ("Shares rose …" beside "his shares"; "“Boycott
 * Sawiris”" beside "to boycott"): the tagger's name starts after it, and is dropped when nothing is
 * left. Given names are kept ("Bill Clinton", though the article may speak of a bill).
 */
export function withoutCommonOpeners(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const writtenInLowerCase = (word: string) => {
    const lower = word.toLowerCase();
    return lower !== word && lowerCaseWords(tokens).has(lower);
  };
  return entities.flatMap((entity) => {
    let first = tokenIndexAt(tokens, entity.start);
    const last = tokenIndexAt(tokens, entity.end - 1);
    const opensSentence = OPENING.test(text.slice(Math.max(0, entity.start - LOOK_BACK), entity.start));
    if (!opensSentence) return [entity];
    while (first <= last) {
      const word = (tokens[first] as Token).text;
      if (isGivenName(word) || !writtenInLowerCase(word)) break;
      first += 1;
    }
    if (first > last) return [];
    const start = (tokens[first] as Token).start;
    return start === entity.start ? [entity] : [{ ...entity, start }];
  });
}
