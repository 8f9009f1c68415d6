import { describe, expect, it } from 'vitest';
import { goldArticles, goldText } from '../../../../scripts/datasets/gold-entities';
import { parseWikigold } from '../../../../scripts/datasets/read-wikigold';

const WIKIGOLD = `-DOCSTART- O

Gary I-PER
Player I-PER
surfed O
. O

Player I-PER
won O
in O
Hawaii I-LOC
. O

-DOCSTART- O

The O
BBC I-ORG
reported O
. O
`;

const named = (text: string, entities: { start: number; end: number; type: string }[]) =>
  entities.map((entity) => `${text.slice(entity.start, entity.end)} ${entity.type}`);

describe('Wikigold as articles', () => {
  it('numbers the articles and turns IOB1 into spans', () => {
    const sentences = parseWikigold(WIKIGOLD);
    expect(sentences.map((sentence) => sentence.document)).toEqual([0, 0, 1]);
    const { text, entities } = goldText(sentences[0] as (typeof sentences)[number]);
    expect(text).toBe('Gary Player surfed .');
    expect(named(text, entities)).toEqual(['Gary Player PER']);
  });

  it('joins the sentences of one article into one text, with their entities where they are', () => {
    const articles = goldArticles(parseWikigold(WIKIGOLD));
    expect(articles.map((article) => article.text)).toEqual([
      'Gary Player surfed .\nPlayer won in Hawaii .',
      'The BBC reported .',
    ]);
    const [first, second] = articles;
    expect(named(first?.text ?? '', first?.entities ?? [])).toEqual([
      'Gary Player PER',
      'Player PER',
      'Hawaii LOC',
    ]);
    expect(named(second?.text ?? '', second?.entities ?? [])).toEqual(['BBC ORG']);
  });

  it('keeps sentences without an article apart', () => {
    const sentences = [
      { tokens: ['Cairo'], tags: ['B-LOC'] },
      { tokens: ['Giza'], tags: ['B-LOC'] },
    ];
    expect(goldArticles(sentences).map((article) => article.text)).toEqual(['Cairo', 'Giza']);
  });
});
