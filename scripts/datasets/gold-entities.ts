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
