import type { ScoredEntity } from '../../lib/analysis/eval/entity-f1';
import { spansFromTags } from '../../lib/analysis/tagger/bio';
import type { TaggedSentence } from './types';

/**
 * A gold sentence rebuilt as plain text (tokens joined by single spaces) with its entities as character
 * spans, so that a system can be run on the text through its own tokenizer and scored on offsets.
 */
export type GoldText = { text: string; entities: ScoredEntity[] };

export function goldText(sentence: TaggedSentence): GoldText {
  const starts: number[] = [];
  let offset = 0;
  for (const token of sentence.tokens) {
    starts.push(offset);
    offset += token.length + 1;
  }
  const text = sentence.tokens.join(' ');
  const entities = spansFromTags(sentence.tags).map((span) => {
    const start = starts[span.start] as number;
    const lastToken = sentence.tokens[span.end - 1] as string;
    return { start, end: (starts[span.end - 1] as number) + lastToken.length, type: span.type };
  });
  return { text, entities };
}

/**
 * The sentences rebuilt as the articles they come from, one text each (a line per sentence), so a
 * system reads each article whole, as the extension reads a page: a name met earlier in the
 * article tells what a later short form is. Sentences without an article stand alone.
 */
export function goldArticles(sentences: readonly TaggedSentence[]): GoldText[] {
  const articles: GoldText[] = [];
  let previous: TaggedSentence | undefined;
  for (const sentence of sentences) {
    const gold = goldText(sentence);
    const current = articles[articles.length - 1];
    if (current && sentence.document !== undefined && sentence.document === previous?.document) {
      const offset = current.text.length + 1;
      current.text += `\n${gold.text}`;
      for (const entity of gold.entities)
        current.entities.push({ ...entity, start: entity.start + offset, end: entity.end + offset });
    } else articles.push(gold);
    previous = sentence;
  }
  return articles;
}
